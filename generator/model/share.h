// Shares of municipalities and how official tables print them: percentages
// rounded half up (四捨五入) to one decimal, △ for negatives, blank when a
// year was not surveyed. Every renderer formats figures through here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace renkei {

/// A share of municipalities: the exact fraction count / total.
struct Share {
  int64_t count = 0;
  int64_t total = 0;
  friend bool operator==(const Share&, const Share&) = default;
};

/// n/d as a percentage rounded half up (四捨五入, symmetric: away from zero on an exact half)
/// to one decimal, returned in tenths of a percent: 45/53 -> 849, 1/80 -> 13, -1/80 -> -13.
/// Integer arithmetic only. Requires d > 0.
int64_t PercentTenths(int64_t n, int64_t d);

/// 849 -> "84.9%", 0 -> "0.0%", -57 -> "△5.7%" (△ = U+25B3 marks negatives; never a minus sign).
std::string FormatPercentTenths(int64_t tenths);

/// The share's percentage: Share{45, 53} -> "84.9%". total == 0 -> "".
std::string FormatShare(const Share& s);

/// The change in points between two shares, computed exactly from the unrounded fractions
/// (now.count*prev.total - prev.count*now.total) / (now.total*prev.total) * 100 and only then
/// rounded: 9/80 vs 8/80 -> 13 (1.25 points -> 1.3); 35/53 vs 32/53 -> 57 (5.7, while
/// 66.0 - 60.4 would give 5.6). Returns 0 when either total is 0.
int64_t ChangeTenths(const Share& now, const Share& prev);

/// The displayed figures of one comparison row, shared by the website, the workbook and the
/// open data.
struct ComparisonText {
  std::string now_count, now_percent, prev_count, prev_percent, change;
};

/// The one formatting function for a comparison row. A year that was not surveyed is
/// std::nullopt and shows blank (""), never 0 or 0.0%; the change is blank unless both years
/// were surveyed (with totals above 0).
ComparisonText FormatComparison(const std::optional<Share>& now, const std::optional<Share>& prev);

/// Spreadsheet cell values whose number format `0.0%;"△"0.0%` displays exactly the text above.
/// Share: the unrounded ratio count/total (0.0 when total is 0; write a blank cell instead).
double SpreadsheetShareValue(const Share& s);

/// Change: the already rounded ChangeTenths / 1000.0, and exactly 0.0 when it rounds to zero
/// (a tiny negative would display "△0.0%").
double SpreadsheetChangeValue(const Share& now, const Share& prev);

}  // namespace renkei
