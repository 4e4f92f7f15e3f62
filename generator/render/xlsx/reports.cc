#include "render/xlsx/reports.h"

#include <xlsxwriter.h>

#include <filesystem>

#include "model/prefecture.h"
#include "render/xlsx/budget_sheet.h"
#include "render/xlsx/municipality_sheet.h"
#include "render/xlsx/report_info.h"
#include "render/xlsx/styles.h"
#include "render/xlsx/summary_sheet.h"

namespace renkei {

std::string ReportPath(int prefecture, int year) {
  return "reports/" + PrefectureCode2(prefecture) + "-" + std::to_string(year) + ".xlsx";
}

// Memory: libxlsxwriter's constant_memory mode streams each row to a temporary
// file, but then a row can no longer be touched once the next one is started,
// and vertical merges (the item cells of 集計) write into later rows; upstream
// does not support merges in that mode (libxlsxwriter issue #435). We keep the
// default mode deliberately: one workbook holds one prefecture (at most ~180
// municipalities × indicators × 2 years of cells, well under a megabyte), and
// each workbook is closed and freed before the next, so peak memory is bounded by
// the largest prefecture, not by the size of the national dataset.
std::string WriteReportWorkbook(const Library& lib, const Tabulation& tab, const Comparison& cmp,
                                int64_t created, const std::string& path) {
  // libxlsxwriter assembles each part in an unlinked temporary file; keep them on
  // the output's file system (tmpfs in benchmarks) rather than in /tmp.
  std::string tmpdir = std::filesystem::path(path).parent_path().string();
  if (tmpdir.empty()) tmpdir = ".";
  lxw_workbook_options options = {};
  options.constant_memory = LXW_FALSE;
  options.tmpdir = tmpdir.data();
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (!wb) return "cannot create " + path;
  const xlsx::ReportInfo info = xlsx::MakeReportInfo(lib, tab, cmp);

  std::string title = info.title, author = lib.site.publisher;
  std::string subject = info.prefecture + " " + info.municipality + "の取組状況";
  lxw_doc_properties props = {};
  props.title = title.data();
  props.subject = subject.data();
  props.author = author.data();
  props.company = author.data();
  // libxlsxwriter takes 0 as "now": keep builds reproducible even at the epoch.
  props.created = static_cast<time_t>(created > 0 ? created : 1);
  workbook_set_properties(wb, &props);

  const xlsx::Styles styles(wb);
  xlsx::WriteSummarySheet(wb, styles, info);
  xlsx::WriteMunicipalitySheet(wb, styles, info);
  xlsx::WriteBudgetSheet(wb, styles, lib);
  const lxw_error err = workbook_close(wb);
  return err == LXW_NO_ERROR ? "" : "cannot write " + path + ": " + lxw_strerror(err);
}

void RenderReports(RenderContext& ctx) {
  for (int pref : ctx.tab.prefectures()) {
    for (const auto& [year, prev] : ReportYears(ctx.lib, ctx.tab, pref)) {
      const Comparison cmp = BuildComparison(ctx.lib, ctx.tab, pref, year, prev);
      const std::string relative = ReportPath(pref, year);
      const std::string path = ctx.out.PathFor(relative);
      if (path.empty()) {
        ctx.diags.Error({relative}, ctx.out.error());
        return;
      }
      const std::string error =
          WriteReportWorkbook(ctx.lib, ctx.tab, cmp, ctx.settings.build_time, path);
      if (!error.empty()) ctx.diags.Error({relative}, error);
    }
  }
}

}  // namespace renkei
