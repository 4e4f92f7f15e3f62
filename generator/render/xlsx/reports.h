// The prefecture's spreadsheet reports: for every prefecture in the content and
// every report year (ReportYears), site_out/reports/<pref 2 digits>-<year>.xlsx
// with the sheets 集計, 区市町村別 and 予算.
#pragma once

#include <optional>
#include <string>

#include "model/comparison.h"
#include "render/render_context.h"

namespace renkei {

/// Writes every report workbook into ctx.out; failures become errors in ctx.diags.
void RenderReports(RenderContext& ctx);

/// The output path of one report: "reports/13-2016.xlsx".
std::string ReportPath(int prefecture, int year);

/// Writes one workbook to `path` (a file name). Returns "" or what went wrong.
std::string WriteReportWorkbook(const Library& lib, const Tabulation& tab, const Comparison& cmp,
                                int64_t created, const std::string& path);

}  // namespace renkei
