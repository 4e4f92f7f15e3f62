#include "render/opendata/open_data.h"

#include <fstream>

#include "render/opendata/catalog.h"
#include "render/opendata/datasets.h"
#include "render/xlsx/report_info.h"
#include "render/xlsx/reports.h"

namespace renkei {

namespace {

/// Open data is made from the data alone: when none of it changed, every file
/// (the datasets and the catalog, which counts their rows and bytes) is taken
/// over from the last build together, or none is.
bool ReuseAll(RenderContext& ctx, const std::vector<std::string>& files) {
  for (const std::string& f : files)
    if (ctx.out.PreviousPath(f, ctx.keys.DataFile(f)).empty()) return false;
  for (const std::string& f : files)
    if (!ctx.out.Reuse(f, ctx.keys.DataFile(f))) return false;
  return true;
}

}  // namespace

void RenderOpenData(RenderContext& ctx) {
  using namespace opendata;
  const std::vector<Dataset> datasets = AllDatasets(ctx.lib, ctx.tab);
  std::vector<std::string> files = {"data/index.html", "data/catalog.json"};
  for (const Dataset& d : datasets)
    files.insert(files.end(), {"data/" + d.id + ".csv", "data/" + d.id + ".json"});
  if (ReuseAll(ctx, files)) return;
  std::vector<PublishedDataset> published;
  auto fail = [&ctx](const std::string& relative, const std::string& why) {
    ctx.diags.Error({relative}, why);
  };
  for (const Dataset& d : datasets) {
    // Streamed into the files row by row: the national status table is ~100 MB of text.
    const std::string csv_rel = "data/" + d.id + ".csv", json_rel = "data/" + d.id + ".json";
    const std::string csv_path = ctx.out.PathFor(csv_rel, ctx.keys.DataFile(csv_rel)),
                      json_path = ctx.out.PathFor(json_rel, ctx.keys.DataFile(json_rel));
    if (csv_path.empty() || json_path.empty()) return fail(csv_rel, ctx.out.error());
    std::ofstream csv(csv_path, std::ios::binary | std::ios::trunc);
    std::ofstream json(json_path, std::ios::binary | std::ios::trunc);
    TableWriter w(d.columns, d.id, d.title, csv, json);
    d.rows(w);
    w.Finish();
    const size_t csv_bytes = csv.tellp(), json_bytes = json.tellp();
    csv.close();
    json.close();
    if (!csv) fail(csv_rel, "cannot write " + csv_path);
    if (!json) fail(json_rel, "cannot write " + json_path);
    published.push_back({&d, w.rows(), csv_bytes, json_bytes});
  }
  std::vector<ReportLink> reports;
  for (int pref : ctx.tab.prefectures())
    for (const auto& [year, prev] : ReportYears(ctx.lib, ctx.tab, pref)) {
      const xlsx::ReportInfo info =
          xlsx::MakeReportInfo(ctx.lib, ctx.tab, Comparison{pref, year, prev, 0, {}});
      reports.push_back({info.prefecture + " " + info.title.substr(info.title.find("集計結果")),
                         ReportPath(pref, year)});
    }
  const int64_t time = ctx.settings.build_time;
  for (const auto& [relative, bytes] :
       {std::pair{"data/index.html", CatalogHtml(ctx.lib, published, reports, time)},
        std::pair{"data/catalog.json", CatalogJson(ctx.lib, published, time)}})
    if (!ctx.out.Write(relative, bytes, ctx.keys.DataFile(relative)))
      fail(relative, ctx.out.error());
}

}  // namespace renkei
