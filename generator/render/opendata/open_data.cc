#include "render/opendata/open_data.h"

#include "render/opendata/catalog.h"
#include "render/opendata/datasets.h"

namespace renkei {

void RenderOpenData(RenderContext& ctx) {
  using namespace opendata;
  const std::vector<Dataset> datasets = AllDatasets(ctx.lib, ctx.tab);
  std::vector<PublishedDataset> published;
  auto write = [&ctx](const std::string& relative, const std::string& bytes) {
    if (!ctx.out.Write(relative, bytes)) ctx.diags.Error({relative}, ctx.out.error());
  };
  for (const Dataset& d : datasets) {
    TableWriter w(d.columns);
    d.rows(w);
    const std::string json = w.Json(d.id, d.title);
    write("data/" + d.id + ".csv", w.csv());
    write("data/" + d.id + ".json", json);
    published.push_back({&d, w.rows(), w.csv().size(), json.size()});
  }
  write("data/index.html", CatalogHtml(ctx.lib, published, ctx.settings.build_time));
  write("data/catalog.json", CatalogJson(ctx.lib, published, ctx.settings.build_time));
}

}  // namespace renkei
