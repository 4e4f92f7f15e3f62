#include "model/share.h"

namespace renkei {

namespace {

// 128-bit intermediates: the products of counts and totals cannot overflow.
using Wide = __int128;

/// round(n * 1000 / d) half away from zero, for d > 0. Adding half of d to the magnitude
/// before dividing rounds an exact half up, which printf's round-half-even would not.
int64_t RoundedTenths(Wide n, Wide d) {
  const Wide magnitude = n < 0 ? -n : n;
  const Wide rounded = (magnitude * 1000 * 2 + d) / (d * 2);
  return static_cast<int64_t>(n < 0 ? -rounded : rounded);
}

}  // namespace

int64_t PercentTenths(int64_t n, int64_t d) { return RoundedTenths(n, d); }

std::string FormatPercentTenths(int64_t tenths) {
  const uint64_t magnitude = tenths < 0 ? 0 - static_cast<uint64_t>(tenths) : tenths;
  const std::string text =
      std::to_string(magnitude / 10) + "." + std::to_string(magnitude % 10) + "%";
  return tenths < 0 ? "△" + text : text;
}

std::string FormatShare(const Share& s) {
  if (s.total == 0) return "";
  return FormatPercentTenths(PercentTenths(s.count, s.total));
}

int64_t ChangeTenths(const Share& now, const Share& prev) {
  if (now.total == 0 || prev.total == 0) return 0;
  // now/now_total - prev/prev_total over the common denominator, so nothing is rounded early.
  return RoundedTenths(Wide{now.count} * prev.total - Wide{prev.count} * now.total,
                       Wide{now.total} * prev.total);
}

ComparisonText FormatComparison(const std::optional<Share>& now, const std::optional<Share>& prev) {
  ComparisonText t;
  if (now) {
    t.now_count = std::to_string(now->count);
    t.now_percent = FormatShare(*now);
  }
  if (prev) {
    t.prev_count = std::to_string(prev->count);
    t.prev_percent = FormatShare(*prev);
  }
  if (now && prev && now->total > 0 && prev->total > 0) {
    t.change = FormatPercentTenths(ChangeTenths(*now, *prev));
  }
  return t;
}

double SpreadsheetShareValue(const Share& s) {
  if (s.total == 0) return 0.0;
  return static_cast<double>(s.count) / static_cast<double>(s.total);
}

double SpreadsheetChangeValue(const Share& now, const Share& prev) {
  const int64_t tenths = ChangeTenths(now, prev);
  return tenths == 0 ? 0.0 : static_cast<double>(tenths) / 1000.0;
}

}  // namespace renkei
