// Money as budget documents write it (1,804百万円, 34.5億円, 34.5億円の内数),
// held in exact integer yen: never floating point.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/parse_result.h"

namespace renkei {

struct Amount {
  std::optional<int64_t> yen;  ///< Exact yen; empty for "〜の内数" (amount not known).
  std::optional<int64_t> container_yen;  ///< For "34.5億円の内数": the appropriation it is part of.
  bool is_uchisu() const { return container_yen.has_value(); }
  friend bool operator==(const Amount&, const Amount&) = default;
};

/// Parses "1,804百万円", "１８０４百万円", "34.5億円", "３４．５億円", "138,314千円", "0千円",
/// "5兆円", "120万円", "3500円", and "34.5億円の内数" (a space before の内数 is allowed).
/// Units: 円, 千円, 万円, 百万円, 億円, 兆円. Commas separate groups of three digits; a
/// decimal part may not go below one yen (1.2345千円 is an error; trailing zeros are fine).
/// Errors: empty, no number, no unit, unknown unit, negative, more than 10^18 yen.
ParseResult<Amount> ParseAmount(std::string_view text);

/// For people: the largest of 兆円, 億円, 百万円, 千円, 円 in which the value is exact with
/// at most one decimal: 3,100,000,000 -> "31億円", 2,030,000,000 -> "20.3億円",
/// 1,804,000,000 -> "1,804百万円", 138,314,000 -> "138,314千円", 0 -> "0円".
/// A negative value (a difference) is marked with △, as official tables do.
std::string FormatYen(int64_t yen);

/// Exact figure in 千円 with separators: 3,100,000,000 -> "3,100,000千円"; a remainder
/// below 千 is shown as decimals: 1,234,500 -> "1,234.5千円". Negative values get △.
std::string FormatThousandYen(int64_t yen);

/// FormatYen of the amount, "34.5億円の内数" for a 内数 amount, "" when neither is known.
std::string FormatAmount(const Amount& a);

}  // namespace renkei
