// Sheet 集計: the prefecture's table as Tokyo publishes it (seed 001): one row
// per indicator, item cells merged down, counts and shares of municipalities
// for the year and the previous surveyed year, and the change.
#pragma once

#include <xlsxwriter.h>

#include "render/xlsx/report_info.h"
#include "render/xlsx/styles.h"

namespace renkei::xlsx {

void WriteSummarySheet(lxw_workbook* wb, const Styles& st, const ReportInfo& info);

}  // namespace renkei::xlsx
