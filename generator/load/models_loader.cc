// content/models/*.yaml: project models and their facet values.
#include "load/record_list.h"
#include "util/text.h"

namespace renkei {

namespace {

void LoadFacets(LoadContext& ctx, YamlReader& r, const YAML::Node& n, const std::string& path,
                ProjectModel* model) {
  const YAML::Node facets = n["facets"];
  if (!facets || facets.IsNull()) return;
  const std::string fpath = KeyPath(path, "facets");
  if (!r.ExpectMap(facets, fpath)) return;
  const auto& taxonomies = ctx.lib.site.taxonomies;
  for (const auto& kv : facets) {
    const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "";
    bool known = false;
    for (const Taxonomy& t : taxonomies) known = known || t.id == key;
    if (!known) {
      std::string ids;
      for (const Taxonomy& t : taxonomies) ids += (ids.empty() ? "" : ", ") + t.id;
      r.Error(kv.first, "`" + fpath + "` names \"" + Abbreviate(key) +
                            "\", which is not a taxonomy of site.yaml (known: " +
                            (ids.empty() ? "none" : ids) + ")");
    }
  }
  // Keep the order of site.yaml so every page lists facets the same way.
  for (const Taxonomy& t : taxonomies) {
    std::vector<std::string> values = r.TextList(facets, t.id.c_str(), fpath);
    if (!values.empty()) model->facets.emplace_back(t.id, std::move(values));
  }
}

}  // namespace

void LoadModels(LoadContext& ctx) {
  ForEachRecord(ctx, "models", [&](YamlReader& r, const YAML::Node& n, const std::string& path) {
    r.WarnUnknownKeys(n, {"id", "name", "summary", "facets", "body"}, path);
    ProjectModel m;
    m.where = r.At(n);
    m.id = r.Text(n, "id", path, true);
    CheckRecordId(r, n, m.id, path);
    m.name = r.Text(n, "name", path, true);
    m.summary = r.Text(n, "summary", path);
    m.body_markdown = r.Text(n, "body", path);
    LoadFacets(ctx, r, n, path, &m);
    ctx.lib.models.push_back(std::move(m));
  });
}

}  // namespace renkei
