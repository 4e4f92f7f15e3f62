// Sheet 予算: budget lines by fiscal year in 千円, parts indented under the line
// they belong to, 内数 lines as text (「34.5億円の内数」) and left out of the
// totals, then the totals per year and kind (model/budget_totals.h).
//
// A report shows the budgets of the years it compares, not every year on record:
// a prefecture's ten workbooks would otherwise each repeat the whole national
// budget list (2,000 lines in the benchmark corpus cost 13 s). Every year is in
// the open data (data/budgets.csv).
#pragma once

#include <xlsxwriter.h>

#include <optional>
#include <vector>

#include "model/library.h"
#include "render/xlsx/styles.h"

namespace renkei::xlsx {

/// The budget years a report for `year` (compared with `prev`) shows: those from
/// prev (or year) to year; when there are none, the latest budget year before them
/// (the budget known at the time); empty when there is none either.
std::vector<int> ReportBudgetYears(const Library& lib, int year, std::optional<int> prev);

/// Writes the sheet with the lines of `years` (ascending).
void WriteBudgetSheet(lxw_workbook* wb, const Styles& st, const Library& lib,
                      const std::vector<int>& years);

}  // namespace renkei::xlsx
