#include "render/xlsx/reports.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "model/prefecture.h"
#include "render/xlsx/budget_sheet.h"
#include "render/xlsx/municipality_sheet.h"
#include "render/xlsx/report_info.h"
#include "render/xlsx/styles.h"
#include "render/xlsx/summary_sheet.h"
#include "render/xlsx/xlsx_library.h"
#include "util/parallel.h"

namespace renkei {

std::string ReportPath(int prefecture, int year) {
  return "reports/" + PrefectureCode2(prefecture) + "-" + std::to_string(year) + ".xlsx";
}

// Memory: libxlsxwriter's constant_memory mode streams each row to a temporary
// file, after which the row can no longer be written; but a vertical merge (the
// item cells of 集計, the header of 区市町村別) writes into the rows below it, and
// upstream does not support merges in that mode (libxlsxwriter issue #435). We
// keep the default mode deliberately: a workbook holds one prefecture (at most
// ~180 municipalities × 40 status cells, well under a megabyte), each is closed
// and freed before its thread takes the next, so peak memory is bounded by the
// largest prefecture, not by the national dataset (the benchmark's peak RSS does
// not grow while 470 workbooks are written). Measured on that corpus, constant
// memory would save about 2% of the time: not worth relying on dropped writes.
std::string WriteReportWorkbook(const Library& lib, const Tabulation& tab, const Comparison& cmp,
                                int64_t created, const std::string& path) {
  // RenderReports reports a library that cannot be loaded once, before any
  // workbook; a caller of its own (the tests) gets the same error here.
  if (const std::string& error = xlsx::LoadXlsx(); !error.empty()) return error;
  // libxlsxwriter assembles each part in an unlinked temporary file; keep them on
  // the output's file system (tmpfs in benchmarks) rather than in /tmp.
  std::string tmpdir = std::filesystem::path(path).parent_path().string();
  if (tmpdir.empty()) tmpdir = ".";
  lxw_workbook_options options = {};
  options.constant_memory = LXW_FALSE;
  options.tmpdir = tmpdir.data();
  lxw_workbook* wb = xlsx::Xlsx().workbook_new_opt(path.c_str(), &options);
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
  xlsx::Xlsx().workbook_set_properties(wb, &props);

  const xlsx::Styles styles(wb);
  xlsx::WriteSummarySheet(wb, styles, info);
  xlsx::WriteMunicipalitySheet(wb, styles, info);
  xlsx::WriteBudgetSheet(wb, styles, lib, xlsx::ReportBudgetYears(lib, cmp.year, cmp.prev_year));
  const lxw_error err = xlsx::Xlsx().workbook_close(wb);
  return err == LXW_NO_ERROR ? "" : "cannot write " + path + ": " + xlsx::Xlsx().lxw_strerror(err);
}

void RenderReports(RenderContext& ctx) {
  struct Job {
    int prefecture, year;
    std::optional<int> prev;
    std::string relative, path, error;
  };
  std::vector<Job> jobs;
  for (int pref : ctx.tab.prefectures())
    for (const auto& [year, prev] : ReportYears(ctx.lib, ctx.tab, pref)) {
      Job job{pref, year, prev, ReportPath(pref, year), "", ""};
      const uint64_t key = ctx.keys.DataFile(job.relative);
      if (ctx.out.Reuse(job.relative, key)) continue;
      job.path = ctx.out.PathFor(job.relative, key);
      if (job.path.empty()) return ctx.diags.Error({job.relative}, ctx.out.error());
      jobs.push_back(std::move(job));
    }
  // Once for all workbooks, rather than the same error for each of them; and
  // only when one is written (an edit of a page writes none).
  if (jobs.empty()) return;
  if (const std::string& error = xlsx::LoadXlsx(); !error.empty())
    return ctx.diags.Error({jobs.front().relative}, error);

  // Workbooks are independent: write them on every core. The model and tabulation are only read.
  // libxlsxwriter shares no state between workbooks beyond its temp-file name seed (names are
  // created with O_EXCL and retried) and gmtime's buffer (every thread stores the same build time),
  // so the bytes do not depend on the threads.
  ParallelFor(jobs.size(), ctx.settings.jobs, [&](size_t i) {
    Job& job = jobs[i];
    const Comparison cmp = BuildComparison(ctx.lib, ctx.tab, job.prefecture, job.year, job.prev);
    job.error = WriteReportWorkbook(ctx.lib, ctx.tab, cmp, ctx.settings.build_time, job.path);
  });
  for (const Job& job : jobs)  // in job order, so diagnostics do not depend on timing
    if (!job.error.empty()) ctx.diags.Error({job.relative}, job.error);
}

}  // namespace renkei
