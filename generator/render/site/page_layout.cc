#include "render/site/page_layout.h"

#include "util/html_escape.h"

namespace renkei {

namespace {

std::string Canonical(const Library& lib, const SitePage& p) {
  if (lib.site.base_url.empty() || p.url_path.ends_with(".html")) return "";
  std::string base = lib.site.base_url;
  if (!base.ends_with("/")) base += '/';
  return base + p.url_path;
}

data NavView(const std::vector<Crumb>& entries, const PageEnv& env, const SitePage& p) {
  data nav = List();
  for (const Crumb& e : entries) {
    data d = Obj();
    d.set("label", e.title);
    d.set("href", env.Href(e.url_path));
    d.set("current", Bool(p.section == e.url_path && p.template_name != "404"));
    nav.push_back(d);
  }
  return nav;
}

}  // namespace

const std::vector<std::string>& PageValueKeys() {
  static const std::vector<std::string> keys = {
      "page_title", "title_html", "full_title", "description", "is_home",
      "canonical",  "og_type",    "crumbs",     "has_crumbs",  "content"};
  return keys;
}

PageLayout::PageLayout(TemplateSet& templates, const SiteBuild& b, const std::vector<Crumb>& nav,
                       const data& global)
    : b_(b), parts_(templates.Cut("layout", PageValueKeys())) {
  TemplateRenderer renderer(templates);
  for (const SitePage& p : b.pages) {
    const std::string root = PageRoot(b, p);
    auto [it, added] = layouts_.try_emplace(KeyOf(root, p));
    if (!added) continue;
    PageEnv env{root};
    data& v = it->second.view;
    v = Obj();
    v.set("root", root);
    v.set("home_href", env.Href(""));
    if (!b.facts.news.empty()) v.set("feed_href", root + "feed.xml");
    v.set("search_href", env.Href("search/"));
    v.set("sitemap_href", env.Href("sitemap/"));
    v.set("nav", NavView(nav, env, p));
    // The fixed parts see what they would under a page: nothing of the page's
    // own values (they name none).
    mustache::context<std::string> ctx(&global);
    ctx.push(&v);
    for (const TemplateSet::Part& part : parts_)
      it->second.fixed_html.push_back(part.part.fixed ? renderer.Render(part.name, ctx) : "");
  }
}

data PageLayout::PageValues(const SitePage& p, const PageEnv& env) const {
  data values = Obj();
  values.set("page_title", p.title);
  values.set("title_html", p.title_html.empty() ? EscapeHtml(p.title) : p.title_html);
  values.set("full_title", p.url_path.empty() ? p.title : p.title + "｜" + b_.lib.site.title);
  if (!p.description.empty()) values.set("description", p.description);
  values.set("is_home", Bool(p.url_path.empty()));
  if (std::string canonical = Canonical(b_.lib, p); !canonical.empty())
    values.set("canonical", canonical);
  values.set("og_type", p.article ? "article" : "website");
  data crumbs = List();
  for (const Crumb& c : p.crumbs) {
    data d = Obj();
    d.set("title", c.title);
    d.set("href", env.Href(c.url_path));
    crumbs.push_back(d);
  }
  values.set("crumbs", crumbs);
  values.set("has_crumbs", Bool(!p.url_path.empty()));
  return values;
}

const data& PageLayout::View(const std::string& root, const SitePage& p) const {
  return layouts_.at(KeyOf(root, p)).view;
}

std::string PageLayout::Render(TemplateRenderer& renderer, mustache::context<std::string>& ctx,
                               data& values, const std::string& root, const SitePage& p,
                               std::string_view body) const {
  const Layout& layout = layouts_.at(KeyOf(root, p));
  std::string html;
  html.reserve(body.size() + 8192);
  for (size_t i = 0; i < parts_.size(); ++i) {
    const TemplateSet::Part& part = parts_[i];
    if (part.part.fixed)
      html += layout.fixed_html[i];
    else if (part.part.Reads("content"))
      renderer.RenderWithHtml(part.name, ctx, values, "content", body, &html);
    else
      renderer.Render(part.name, ctx, &html);
  }
  return html;
}

}  // namespace renkei
