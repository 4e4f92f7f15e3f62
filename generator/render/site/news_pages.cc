// The news list (pages with a date, newest first), the tag index and one page
// per tag.
#include <map>

#include "render/markdown.h"
#include "render/site/site_build.h"

namespace renkei {

void AddNewsAndTagPages(SiteBuild& b) {
  const SiteBuild* build = &b;
  if (!b.facts.news.empty()) {
    SitePage sp =
        NewPage("news/", "お知らせ", b.lib.site.title + "のお知らせの一覧です。", "list", "news/");
    sp.content_key = b.listing_key;
    sp.view = [build](const PageEnv& env) {
      data v = Obj();
      data pages = List();
      for (int i : build->facts.news) pages.push_back(PageLink(env, build->lib.pages[i]));
      v.set("pages", pages);
      v.set("news_feed_href", env.root + "feed.xml");
      return v;
    };
    b.pages.push_back(std::move(sp));
  }
  if (b.facts.tags.empty()) return;

  SitePage index =
      NewPage("tags/", "タグ一覧", "ページにつけたタグ（話題）の一覧です。", "tags", "tags/");
  index.content_key = b.listing_key;
  index.view = [build](const PageEnv& env) {
    std::map<std::string, int> counts;
    for (const Page& p : build->lib.pages)
      for (const std::string& t : p.tags) ++counts[t];
    data v = Obj();
    data tags = List();
    for (const std::string& t : build->facts.tags) {
      data d = Obj();
      d.set("name", t);
      d.set("href", env.Href(build->facts.TagPath(t)));
      d.set("count", std::to_string(counts[t]));
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
    sp.content_key = b.listing_key;
    sp.view = [build, tag](const PageEnv& env) {
      data v = Obj();
      data pages = List();
      // Dated pages newest first, then the others in source order.
      for (int i : build->facts.news)
        for (const std::string& t : build->lib.pages[i].tags)
          if (t == tag) pages.push_back(PageLink(env, build->lib.pages[i]));
      for (const Page& p : build->lib.pages) {
        if (p.date) continue;
        for (const std::string& t : p.tags)
          if (t == tag) pages.push_back(PageLink(env, p));
      }
      v.set("pages", pages);
      return v;
    };
    b.pages.push_back(std::move(sp));
  }
}

}  // namespace renkei
