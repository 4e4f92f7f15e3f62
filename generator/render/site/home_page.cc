// The home page: what home care and its coordination are, the news, and links
// to everything else.
#include <algorithm>

#include "render/markdown.h"
#include "render/site/site_build.h"

namespace renkei {

namespace {

constexpr size_t kNewsOnHome = 5;

/// Pages for residents to read first: undated pages, by `order` then title.
std::vector<const Page*> GuidePages(const Library& lib) {
  std::vector<const Page*> pages;
  for (const Page& p : lib.pages)
    if (!p.date && !p.url_path.empty()) pages.push_back(&p);
  std::stable_sort(pages.begin(), pages.end(), [](const Page* a, const Page* b) {
    if (a->order != b->order) return a->order < b->order;
    return a->url_path < b->url_path;
  });
  return pages;
}

data Section(const PageEnv& env, const std::string& title, const std::string& path,
             const std::string& text) {
  data s = Obj();
  s.set("title", title);
  s.set("href", env.Href(path));
  s.set("text", text);
  return s;
}

}  // namespace

void AddHomePage(SiteBuild& b) {
  SitePage sp = NewPage("", b.lib.site.title, b.lib.site.description, "home", "");
  sp.content_key = b.listing_key;
  const SiteBuild* build = &b;
  sp.view = [build](const PageEnv& env) {
    const Library& lib = build->lib;
    data v = Obj();
    if (build->home_page >= 0) {
      MarkdownOptions opt;
      opt.root = env.root;
      v.set("intro_html", RenderMarkdown(lib.pages[build->home_page].body_markdown, opt));
    }
    data news = List();
    for (size_t i = 0; i < build->facts.news.size() && i < kNewsOnHome; ++i)
      news.push_back(PageLink(env, lib.pages[build->facts.news[i]]));
    if (!build->facts.news.empty()) {
      v.set("pages", news);
      v.set("has_news", Bool(true));
      v.set("news_href", env.Href("news/"));
    }
    data guides = List();
    for (const Page* p : GuidePages(lib)) guides.push_back(PageLink(env, *p));
    v.set("guides", guides);
    v.set("has_guides", Bool(!GuidePages(lib).empty()));
    v.set("items", ItemLinks(env, lib));
    v.set("has_items", Bool(!lib.items.empty()));
    data sections = List();
    const std::string who = build->facts.municipality >= 0
                                ? lib.municipalities[build->facts.municipality].name
                                : build->facts.prefecture_name;
    sections.push_back(Section(env, "事業項目（ア）〜（ク）", "items/",
                               "8つの事業項目の内容と、" +
                                   (who.empty() ? std::string("各団体") : who) +
                                   "の取組状況です。"));
    if (!lib.models.empty())
      sections.push_back(Section(env, "事業モデル", "models/",
                                 "在宅医療連携拠点事業の事業モデルを、分類ごとに紹介します。"));
    if (!lib.budgets.empty())
      sections.push_back(Section(env, "予算", "budgets/", "年度ごとの予算と、その内訳です。"));
    if (!lib.outcomes.empty())
      sections.push_back(
          Section(env, "成果", "outcomes/", "取組ごとに報告された効果と、その数です。"));
    if (!build->facts.tags.empty())
      sections.push_back(Section(env, "タグ一覧", "tags/", "ページをタグ（話題）で探せます。"));
    sections.push_back(
        Section(env, "サイトマップ", "sitemap/", "このサイトのすべてのページです。"));
    v.set("sections", sections);
    return v;
  };
  b.pages.push_back(std::move(sp));
}

}  // namespace renkei
