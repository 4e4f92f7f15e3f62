// Every Markdown page of content/pages at its url_path.
#include <string_view>
#include <unordered_map>

#include "model/japanese_date.h"
#include "render/markdown.h"
#include "render/site/site_build.h"
#include "util/hash.h"
#include "util/parallel.h"

namespace renkei {

namespace {

data ParamsView(const Page& page) {
  data params = Obj();
  for (const auto& [key, value] : page.params) {
    if (!value.is_list) {
      params.set(key, value.scalar);
      continue;
    }
    data list = List();
    for (const std::string& v : value.list) list.push_back(data(v));
    params.set(key, list);
  }
  return params;
}

/// What the page's view reads of it: its text, date, tags and parameters.
uint64_t ContentKey(const Page& page) {
  Hasher h;
  h.Add(page.body_key).Add(page.date ? FormatIsoDate(*page.date) : "");
  for (const std::string& t : page.tags) h.Add(t);
  h.Add(page.params.size());
  for (const auto& [key, value] : page.params) {
    h.Add(key).Add(value.is_list).Add(value.scalar).Add(value.list.size());
    for (const std::string& v : value.list) h.Add(v);
  }
  return h.key();
}

/// The SitePage of Markdown page `page`; `by_path` finds the pages that are its ancestors.
SitePage MarkdownPage(const SiteBuild& b, const Page& page,
                      const std::unordered_map<std::string_view, const Page*>& by_path) {
  SitePage sp;
  sp.url_path = page.url_path;
  sp.title = StripFurigana(page.title);
  sp.title_html = FuriganaHtml(page.title);
  sp.description = StripFurigana(page.description);
  sp.template_name = "page";
  sp.source = page.where.path;
  sp.section = page.url_path.substr(0, page.url_path.find('/') + 1);
  sp.date = page.date;
  sp.article = page.date.has_value();
  // Ancestor folders that are pages themselves (or the news list) become crumbs.
  for (size_t slash = page.url_path.find('/');
       slash != std::string::npos && slash + 1 < page.url_path.size();
       slash = page.url_path.find('/', slash + 1)) {
    const std::string parent = page.url_path.substr(0, slash + 1);
    if (auto it = by_path.find(parent); it != by_path.end())
      sp.crumbs.push_back({StripFurigana(it->second->title), parent});
    else if (parent == "news/" && !b.facts.news.empty())
      sp.crumbs.push_back({"お知らせ", "news/"});
  }
  sp.content_key = ContentKey(page);
  const SiteFacts* facts = &b.facts;
  sp.body_html = [&page](const PageEnv& env) {
    MarkdownOptions opt;
    opt.root = env.root;
    // Read for this rendering alone (SharedText::Use).
    return page.body_markdown.Use([&](std::string_view md) { return RenderMarkdown(md, opt); });
  };
  sp.view = [&page, facts](const PageEnv& env) {
    data v = Obj();
    if (page.date) {
      v.set("date_iso", FormatIsoDate(*page.date));
      v.set("date_ja", FormatJapaneseDate(*page.date));
    }
    data tags = List();
    for (const std::string& t : page.tags) {
      data tag = Obj();
      tag.set("name", t);
      tag.set("href", env.Href(facts->TagPath(t)));
      tags.push_back(tag);
    }
    v.set("tags", tags);
    v.set("has_tags", Bool(!page.tags.empty()));
    v.set("params", ParamsView(page));
    return v;
  };
  return sp;
}

}  // namespace

int HomePageIndex(const Library& lib) {
  for (size_t i = 0; i < lib.pages.size(); ++i)
    if (lib.pages[i].url_path.empty()) return static_cast<int>(i);
  return -1;
}

void AddMarkdownPages(SiteBuild& b) {
  const std::vector<Page>& pages = b.lib.pages;
  std::unordered_map<std::string_view, const Page*> by_path;
  by_path.reserve(pages.size());
  for (const Page& p : pages) by_path[p.url_path] = &p;
  std::vector<size_t> listed;  // all but the home page's, which AddHomePage shows
  listed.reserve(pages.size());
  for (size_t i = 0; i < pages.size(); ++i)
    if (!pages[i].url_path.empty()) listed.push_back(i);
  // Made where they stay, in page order, on every core (10,000 titles and keys
  // at N = 10,000): made apart and moved in, each page was copied twice more.
  const size_t first = b.pages.size();
  b.pages.reserve(first + listed.size() + 3);  // and the search, site map and 404 pages
  b.pages.resize(first + listed.size());
  ParallelFor(listed.size(), b.settings.jobs,
              [&](size_t k) { b.pages[first + k] = MarkdownPage(b, pages[listed[k]], by_path); });
}

}  // namespace renkei
