// The site map page for people (sitemap.xml for crawlers is written by site.cc).
#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "render/site/site_build.h"

namespace renkei {

void AddSiteMapPage(SiteBuild& b) {
  SitePage sp = NewPage("sitemap/", "サイトマップ", "このサイトのすべてのページの一覧です。",
                        "sitemap", "sitemap/");
  sp.searchable = false;
  sp.content_key = b.listing_key;
  const SiteBuild* build = &b;
  sp.view = [build](const PageEnv& env) {
    // Top-level pages (one folder deep) in build order, each with the pages below it.
    // The site's structure, not its news: a dated page is found in the news
    // list (which is here), as on municipal sites; a national site's 10,000
    // made this page 1.1 MB. Nor the pages left out of sitemap.xml (a list's
    // numbered pages).
    const auto listed = [](const SitePage& p) {
      return p.in_sitemap && !p.date && !p.url_path.empty() && p.url_path.back() == '/';
    };
    // A set of addresses, not a scan per page: the scan was quadratic (10% of a
    // 10,000-page build).
    std::unordered_set<std::string_view> paths;
    for (const SitePage& p : build->pages)
      if (listed(p)) paths.insert(p.url_path);
    std::vector<const SitePage*> top;
    for (const SitePage& p : build->pages) {
      if (!listed(p)) continue;
      const std::string_view first =
          std::string_view(p.url_path).substr(0, p.url_path.find('/') + 1);
      const bool has_parent = first != p.url_path && paths.count(first) > 0;
      if (!has_parent) top.push_back(&p);
    }
    // The pages below each top-level page, in build order: a page is below every
    // top-level page whose address is one of its folder prefixes.
    std::unordered_map<std::string_view, size_t> top_index;
    for (size_t i = 0; i < top.size(); ++i) top_index.emplace(top[i]->url_path, i);
    std::vector<std::vector<const SitePage*>> below(top.size());
    for (const SitePage& p : build->pages) {
      if (!listed(p)) continue;
      for (size_t slash = p.url_path.find('/'); slash + 1 < p.url_path.size();
           slash = p.url_path.find('/', slash + 1)) {
        auto it = top_index.find(std::string_view(p.url_path).substr(0, slash + 1));
        if (it != top_index.end()) below[it->second].push_back(&p);
      }
    }
    data v = Obj();
    data sections = List();
    for (size_t i = 0; i < top.size(); ++i) {
      const SitePage* t = top[i];
      data s = Obj();
      s.set("title", t->title);
      s.set("href", env.Href(t->url_path));
      data children = List();
      for (const SitePage* p : below[i]) {
        data c = Obj();
        c.set("title", p->title);
        c.set("href", env.Href(p->url_path));
        children.push_back(c);
      }
      s.set("children", children);
      s.set("has_children", Bool(!below[i].empty()));
      sections.push_back(s);
    }
    v.set("sections", sections);
    return v;
  };
  b.pages.push_back(std::move(sp));
}

}  // namespace renkei
