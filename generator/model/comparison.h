// A prefecture's comparison table (one year against the previous surveyed
// year), row by row in the prefecture table's order. The website's item
// pages, the workbook and the open data all read these rows, so the same
// figure reads the same everywhere.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "model/library.h"
#include "model/share.h"
#include "model/tabulation.h"

namespace renkei {

struct ComparisonRow {
  int indicator = -1;
  int item = -1;
  int depth = 0;
  bool heading_only = false;
  std::optional<Share> now, prev;  ///< std::nullopt = not surveyed (blank).
  ComparisonText text;             ///< From FormatComparison: the displayed figures.
};

struct Comparison {
  int prefecture = 0;
  int year = 0;
  std::optional<int> prev_year;
  int64_t denominator = 0;
  std::vector<ComparisonRow> rows;
};

/// Rows for every indicator of every item (or of one item when `item` >= 0).
Comparison BuildComparison(const Library& lib, const Tabulation& tab, int prefecture, int year,
                           std::optional<int> prev_year, int item = -1);

/// The (year, previous year) pairs a prefecture reports. With `report.years`
/// pinned in site.yaml, each pinned year after the first is compared with the
/// pinned year before it; otherwise every surveyed year with the surveyed year
/// before it (the first surveyed year has no previous year).
std::vector<std::pair<int, std::optional<int>>> ReportYears(const Library& lib,
                                                            const Tabulation& tab, int prefecture);

}  // namespace renkei
