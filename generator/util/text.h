// Small UTF-8 text helpers shared by every stage. Nothing here knows the domain.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace renkei {

/// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, no bytes > U+10FFFF).
bool IsValidUtf8(std::string_view s);

/// Number of code points in valid UTF-8 `s` (used for 1-based columns counted in characters).
size_t Utf8Length(std::string_view s);

/// Removes leading and trailing ASCII whitespace and U+3000 (ideographic space).
std::string Trim(std::string_view s);

/// For code, year, amount and number fields: maps full-width ASCII variants
/// (U+FF01..U+FF5E, e.g. "１８０４", "．", "，", "－") to ASCII, U+3000 to a space,
/// and trims. Other characters (kanji, kana) are kept as they are.
std::string NormalizeFieldText(std::string_view s);

/// Splits on a single-byte separator; keeps empty pieces.
std::vector<std::string> Split(std::string_view s, char sep);

/// "1234567" -> "1,234,567"; negative numbers keep their "-".
std::string WithThousandsSeparators(long long value);

/// Shortens a value for quoting in a diagnostic: at most `max_chars` code points, then "…".
std::string Abbreviate(std::string_view s, size_t max_chars = 40);

}  // namespace renkei
