// The grams of the search index (search_index.h) in a page's text: each
// character and each pair of adjacent characters of its runs of letters and
// digits, after the normalization the search page applies to a query.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "render/site/gram_numbers.h"
#include "render/site/page_grams.h"

namespace renkei {

/// NFKC (full-width ASCII -> ASCII, half-width kana -> full-width) and lower case;
/// the same as the search page's `s.normalize('NFKC').toLowerCase()`.
std::string NormalizeForSearch(std::string_view text);

// A SearchGram (gram_numbers.h) is one code point (second = 0) or two adjacent
// ones, packed as first << 21 | second.

/// The distinct grams of normalized text: within each run of letters, marks and
/// digits (Unicode L, M, N), every character and every adjacent pair; the
/// characters in the order first seen, then the pairs likewise (the index sorts
/// what it writes). At most `max_chars` characters of `text` are read.
std::vector<SearchGram> SearchGrams(std::string_view normalized, size_t max_chars = 20000);
/// SearchGrams(NormalizeForSearch(the pieces joined by spaces)), numbered as they
/// are found, without the normalized copy when no character of them needs ICU.
PageGrams TextGrams(std::initializer_list<std::string_view> pieces, size_t max_chars = 20000);

/// "在宅" for the gram of 在 and 宅.
std::string GramText(SearchGram g);

}  // namespace renkei
