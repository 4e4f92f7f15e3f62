// The site map page for people (sitemap.xml for crawlers is written by site.cc).
#include <algorithm>

#include "render/site/site_build.h"

namespace renkei {

void AddSiteMapPage(SiteBuild& b) {
  SitePage sp;
  sp.url_path = "sitemap/";
  sp.title = "サイトマップ";
  sp.description = "このサイトのすべてのページの一覧です。";
  sp.template_name = "sitemap";
  sp.section = "sitemap/";
  sp.searchable = false;
  const SiteBuild* build = &b;
  sp.view = [build](const PageEnv& env) {
    // Top-level pages (one folder deep) in build order, each with the pages below it.
    std::vector<const SitePage*> top;
    for (const SitePage& p : build->pages) {
      if (p.url_path.empty() || p.url_path.back() != '/') continue;
      const std::string first = p.url_path.substr(0, p.url_path.find('/') + 1);
      const bool has_parent = first != p.url_path &&
                              std::any_of(build->pages.begin(), build->pages.end(),
                                          [&](const SitePage& q) { return q.url_path == first; });
      if (!has_parent) top.push_back(&p);
    }
    data v = Obj();
    data sections = List();
    for (const SitePage* t : top) {
      data s = Obj();
      s.set("title", t->title);
      s.set("href", env.Href(t->url_path));
      data children = List();
      bool any = false;
      for (const SitePage& p : build->pages) {
        if (&p == t || !p.url_path.starts_with(t->url_path) || p.url_path.back() != '/') continue;
        data c = Obj();
        c.set("title", p.title);
        c.set("href", env.Href(p.url_path));
        children.push_back(c);
        any = true;
      }
      s.set("children", children);
      s.set("has_children", Bool(any));
      sections.push_back(s);
    }
    v.set("sections", sections);
    return v;
  };
  b.pages.push_back(std::move(sp));
}

}  // namespace renkei
