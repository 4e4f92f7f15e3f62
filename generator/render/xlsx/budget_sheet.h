// Sheet 予算: budget lines by fiscal year in 千円, parts indented under the line
// they belong to, 内数 lines as text (「34.5億円の内数」) and left out of the
// totals, then the totals per year and kind (model/budget_totals.h).
#pragma once

#include <xlsxwriter.h>

#include "model/library.h"
#include "render/xlsx/styles.h"

namespace renkei::xlsx {

void WriteBudgetSheet(lxw_workbook* wb, const Styles& st, const Library& lib);

}  // namespace renkei::xlsx
