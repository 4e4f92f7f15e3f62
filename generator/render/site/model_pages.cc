// Project models: an index grouped by each taxonomy (facet), and one page per model.
#include <algorithm>

#include "render/markdown.h"
#include "render/site/site_build.h"

namespace renkei {

namespace {

std::string ModelPath(const ProjectModel& m) { return "models/" + m.id + "/"; }

const std::vector<std::string>* FacetValues(const ProjectModel& m, const std::string& taxonomy) {
  for (const auto& [id, values] : m.facets)
    if (id == taxonomy) return &values;
  return nullptr;
}

}  // namespace

void AddModelPages(SiteBuild& b) {
  if (b.lib.models.empty()) return;
  const SiteBuild* build = &b;
  SitePage index =
      NewPage("models/", "事業モデル", "在宅医療連携拠点事業の事業モデルを、分類ごとに紹介します。",
              "models", "models/");
  index.view = [build](const PageEnv& env) {
    const Library& lib = build->lib;
    data v = Obj();
    data taxonomies = List();
    for (const Taxonomy& tax : lib.site.taxonomies) {
      // Facet values in order of first appearance, each with its models.
      std::vector<std::pair<std::string, std::vector<const ProjectModel*>>> groups;
      for (const ProjectModel& m : lib.models) {
        const std::vector<std::string>* values = FacetValues(m, tax.id);
        if (!values) continue;
        for (const std::string& value : *values) {
          auto it = std::find_if(groups.begin(), groups.end(),
                                 [&](const auto& g) { return g.first == value; });
          if (it == groups.end()) it = groups.insert(groups.end(), {value, {}});
          it->second.push_back(&m);
        }
      }
      if (groups.empty()) continue;
      data t = Obj();
      t.set("label", tax.label);
      t.set("id", tax.id);
      data terms = List();
      for (const auto& [value, models] : groups) {
        data term = Obj();
        term.set("name", value);
        data list = List();
        for (const ProjectModel* m : models) {
          data d = Obj();
          d.set("name", m->name);
          d.set("summary", m->summary);
          d.set("href", env.Href(ModelPath(*m)));
          list.push_back(d);
        }
        term.set("models", list);
        terms.push_back(term);
      }
      t.set("terms", terms);
      taxonomies.push_back(t);
    }
    v.set("taxonomies", taxonomies);
    v.set("has_taxonomies", Bool(!taxonomies.is_empty_list()));
    return v;
  };
  index.content_key = b.data_key;
  b.pages.push_back(std::move(index));

  for (const ProjectModel& model : b.lib.models) {
    SitePage sp = NewPage(ModelPath(model), model.name, model.summary, "model", "models/");
    sp.crumbs.push_back({"事業モデル", "models/"});
    const ProjectModel* m = &model;
    sp.view = [build, m](const PageEnv& env) {
      data v = Obj();
      v.set("summary", m->summary);
      if (!m->body_markdown.empty()) {
        MarkdownOptions opt;
        opt.root = env.root;
        v.set("body_html", RenderMarkdown(m->body_markdown, opt));
      }
      data facets = List();
      for (const Taxonomy& tax : build->lib.site.taxonomies) {
        const std::vector<std::string>* values = FacetValues(*m, tax.id);
        if (!values || values->empty()) continue;
        data f = Obj();
        f.set("label", tax.label);
        std::string joined;
        for (const std::string& value : *values) joined += (joined.empty() ? "" : "、") + value;
        f.set("values", joined);
        f.set("href", env.Href("models/") + "#" + tax.id);
        facets.push_back(f);
      }
      v.set("facets", facets);
      v.set("has_facets", Bool(!facets.is_empty_list()));
      return v;
    };
    sp.content_key = b.data_key;
    b.pages.push_back(std::move(sp));
  }
}

}  // namespace renkei
