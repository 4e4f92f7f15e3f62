// The news list (pages with a date, newest first), the tag index and one list
// per tag, each list split over numbered pages (pager.h).
#include <map>
#include <memory>

#include "render/markdown.h"
#include "render/site/pager.h"
#include "render/site/site_build.h"
#include "util/hash.h"

namespace renkei {

namespace {

/// The content_key of a list's page: what its links show of each page it
/// lists, and how many pages the list has (its bar of links). Not the
/// listing_key: a changed title renders the list's page that shows it again,
/// not all 500 pages of a national site's news.
uint64_t ListPageKey(const Library& lib, const std::vector<int>& entries, const Pager& pager,
                     size_t number) {
  Hasher h;
  h.Add(uint64_t{pager.pages()}).Add(uint64_t{pager.per_page()});
  for (size_t k = pager.Begin(number); k < pager.End(number); ++k) {
    const Page& page = lib.pages[static_cast<size_t>(entries[k])];
    h.Add(page.url_path).Add(page.front_matter);
  }
  return h.key();
}

/// The pages of a list of `entries` (indices into lib.pages, in the order
/// shown): `first` with the first of them, then the same page numbered, below
/// it in the breadcrumb, out of the search index and sitemap.xml (they hold
/// nothing of their own to find).
void AddListPages(SiteBuild& b, const SitePage& first, std::vector<int> entries, bool news) {
  const SiteBuild* build = &b;
  const auto shown = std::make_shared<const std::vector<int>>(std::move(entries));
  const Pager pager(first.url_path, shown->size(), static_cast<size_t>(b.lib.site.list_page_size));
  for (size_t number = 1; number <= pager.pages(); ++number) {
    SitePage sp = first;
    if (number > 1) {
      const std::string nth = "（" + std::to_string(number) + "ページ目）";
      sp.url_path = pager.PathOf(number);
      sp.title += nth;
      sp.description += nth;
      sp.crumbs.push_back({first.title, first.url_path});
      sp.searchable = false;
      sp.in_sitemap = false;
    }
    sp.content_key = ListPageKey(b.lib, *shown, pager, number);
    sp.view = [build, shown, pager, number, news](const PageEnv& env) {
      data v = Obj();
      data pages = List();
      for (size_t k = pager.Begin(number); k < pager.End(number); ++k)
        pages.push_back(PageLink(env, build->lib.pages[static_cast<size_t>((*shown)[k])]));
      v.set("pages", pages);
      v.set("pager", pager.View(env, number));
      if (news) v.set("news_feed_href", env.root + "feed.xml");
      return v;
    };
    b.pages.push_back(std::move(sp));
  }
}

/// The pages with each tag: those with a date newest first, then the others
/// in source order.
std::map<std::string, std::vector<int>> PagesByTag(const SiteBuild& b) {
  std::map<std::string, std::vector<int>> by_tag;
  for (int i : b.facts.news)
    for (const std::string& t : b.lib.pages[static_cast<size_t>(i)].tags) by_tag[t].push_back(i);
  for (size_t i = 0; i < b.lib.pages.size(); ++i) {
    const Page& p = b.lib.pages[i];
    if (p.date) continue;
    for (const std::string& t : p.tags) by_tag[t].push_back(static_cast<int>(i));
  }
  return by_tag;
}

}  // namespace

void AddNewsAndTagPages(SiteBuild& b) {
  const SiteBuild* build = &b;
  if (!b.facts.news.empty()) {
    const SitePage news =
        NewPage("news/", "お知らせ", b.lib.site.title + "のお知らせの一覧です。", "list", "news/");
    AddListPages(b, news, b.facts.news, true);
  }
  if (b.facts.tags.empty()) return;

  SitePage index =
      NewPage("tags/", "タグ一覧", "ページにつけたタグ（話題）の一覧です。", "tags", "tags/");
  index.content_key = b.listing_key;
  // Each tag's count is what its list shows (by facts.tags: a tag of the home
  // page alone lists nothing).
  std::map<std::string, std::vector<int>> by_tag = PagesByTag(b);
  std::vector<size_t> counts;
  for (const std::string& tag : b.facts.tags) counts.push_back(by_tag[tag].size());
  index.view = [build, counts](const PageEnv& env) {
    data v = Obj();
    data tags = List();
    for (size_t k = 0; k < build->facts.tags.size(); ++k) {
      const std::string& t = build->facts.tags[k];
      data d = Obj();
      d.set("name", t);
      d.set("href", env.Href(build->facts.TagPath(t)));
      d.set("count", std::to_string(counts[k]));
      tags.push_back(d);
    }
    v.set("tags", tags);
    return v;
  };
  b.pages.push_back(std::move(index));

  for (const std::string& tag : b.facts.tags) {
    SitePage sp = NewPage(b.facts.TagPath(tag), "タグ「" + tag + "」のページ",
                          "タグ「" + tag + "」がついたページの一覧です。", "list", "tags/");
    sp.crumbs.push_back({"タグ一覧", "tags/"});
    sp.searchable = false;
    AddListPages(b, sp, std::move(by_tag[tag]), false);
  }
}

}  // namespace renkei
