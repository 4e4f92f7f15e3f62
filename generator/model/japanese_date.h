// Calendar dates (event days, publication dates) and how Japanese documents
// write them: 令和8年12月5日（土）.
#pragma once

#include <string>
#include <string_view>

#include "model/parse_result.h"

namespace renkei {

struct Date {
  int year = 0, month = 0, day = 0;
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

/// Parses "2026-12-05" (one-digit month and day are accepted too). The date must exist:
/// 2026-02-29 and 2026-04-31 are errors naming how many days that month has; 2024-02-29 is fine.
ParseResult<Date> ParseIsoDate(std::string_view text);

/// A valid date in the era of that calendar day, with the weekday:
/// 2026-12-05 -> "令和8年12月5日（土）", 2019-05-01 -> "令和元年5月1日（水）",
/// 2019-04-30 -> "平成31年4月30日（火）", 1989-01-08 -> "平成元年1月8日（日）".
/// Before Heisei it writes 昭和 (from 1926-12-25), and the Western year before that.
std::string FormatJapaneseDate(const Date& d);

/// "2026-12-05".
std::string FormatIsoDate(const Date& d);

}  // namespace renkei
