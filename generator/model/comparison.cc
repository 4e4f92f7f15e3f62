#include "model/comparison.h"

namespace renkei {

Comparison BuildComparison(const Library& lib, const Tabulation& tab, int prefecture, int year,
                           std::optional<int> prev_year, int item) {
  Comparison c;
  c.prefecture = prefecture;
  c.year = year;
  c.prev_year = prev_year;
  c.denominator = tab.Denominator(prefecture);
  for (size_t i = 0; i < lib.indicators.size(); ++i) {
    const Indicator& ind = lib.indicators[i];
    if (item >= 0 && ind.item != item) continue;
    ComparisonRow row;
    row.indicator = static_cast<int>(i);
    row.item = ind.item;
    row.depth = ind.depth;
    row.heading_only = ind.heading_only();
    row.now = tab.ShareOf(prefecture, year, row.indicator);
    if (prev_year) row.prev = tab.ShareOf(prefecture, *prev_year, row.indicator);
    row.text = FormatComparison(row.now, row.prev);
    c.rows.push_back(std::move(row));
  }
  return c;
}

std::vector<std::pair<int, std::optional<int>>> ReportYears(const Library& lib,
                                                            const Tabulation& tab, int prefecture) {
  std::vector<std::pair<int, std::optional<int>>> pairs;
  const std::vector<int>& pinned = lib.site.report.years;
  if (pinned.size() >= 2) {
    for (size_t i = 1; i < pinned.size(); ++i) pairs.emplace_back(pinned[i], pinned[i - 1]);
    return pairs;
  }
  const std::vector<int> years = pinned.empty() ? tab.SurveyedYears(prefecture) : pinned;
  for (size_t i = 0; i < years.size(); ++i)
    pairs.emplace_back(years[i], i == 0 ? std::nullopt : std::optional<int>(years[i - 1]));
  return pairs;
}

}  // namespace renkei
