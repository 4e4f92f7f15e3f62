// The residents' website, built in two steps: each page kind (one file each)
// adds SitePage entries describing its pages; site.cc then renders them all in
// parallel through the templates and writes them, with the sitemap, the feed
// and the search index. Page builders only prepare view data: every figure is
// formatted by the model's functions, and every placement is in templates/.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/library.h"
#include "model/tabulation.h"
#include "render/render_context.h"
#include "render/templates.h"

namespace renkei {

using mustache::data;

/// An empty mustache object / list.
inline data Obj() { return data(data::type::object); }
inline data List() { return data(data::type::list); }
inline data Bool(bool b) { return b ? data(data::type::bool_true) : data(data::type::bool_false); }

struct Crumb {
  std::string title, url_path;
};

/// What a page builder's view function gets: where the page is.
struct PageEnv {
  std::string root;  ///< Relative path to the site root: "", "../", "../../".
  /// A link to a page of the site from this page: Href("items/a/") -> "../../items/a/index.html".
  std::string Href(std::string_view url_path) const;
};

/// One HTML page, before rendering.
struct SitePage {
  std::string url_path;    ///< "" = home; "items/a/" (folder, written as index.html); "404.html".
  std::string title;       ///< Plain text (furigana stripped).
  std::string title_html;  ///< The heading with ruby; empty = escaped title.
  std::string description;
  std::string template_name;
  std::string source;         ///< The content file it comes from (Markdown pages), for errors.
  std::string section;        ///< url_path of the navigation entry to mark as current.
  std::vector<Crumb> crumbs;  ///< Ancestors between home and the page.
  std::optional<Date> date;
  bool article = false;    ///< og:type article.
  bool searchable = true;  ///< Goes into the search index.
  bool in_sitemap = true;  ///< Listed in sitemap.xml.
  /// A hash of everything `view` reads, so an unchanged page can be taken over
  /// from the last build; 0 = always render (pages made from the data).
  uint64_t content_key = 0;
  /// The template's view data; runs on a worker thread, so it may only read.
  std::function<data(const PageEnv&)> view;
  /// The page's HTML body (a Markdown page's), when it has one: the template
  /// places it as {{{content_html}}} (kBodyHtmlKey). It is put in place after
  /// the template renders rather than copied through the view and kainjow
  /// (TemplateRenderer::RenderWithHtml). Runs on a worker thread too.
  std::function<std::string(const PageEnv&)> body_html;
};

inline const std::string kBodyHtmlKey = "content_html";

/// A page at `url_path` ("items/a/"), its plain-text title and description,
/// the template that renders it and the navigation entry it belongs to.
SitePage NewPage(std::string url_path, std::string title, std::string description,
                 std::string template_name, std::string section);

/// Facts about the site every builder needs, computed once.
struct SiteFacts {
  int prefecture = 0;  ///< Prefecture code whose figures are shown; 0 = none.
  std::string prefecture_name;
  int municipality = -1;  ///< Index of the site's own municipality, -1 for a prefecture site.
  std::string municipalities_word;  ///< 区市町村 (Tokyo) or 市区町村.
  std::vector<std::pair<int, std::optional<int>>> report_years;
  std::vector<int> news;          ///< Indices of pages with a date, newest first.
  std::vector<std::string> tags;  ///< Every tag, sorted.
  std::string TagPath(const std::string& tag) const;  ///< "tags/t-1a2b3c4d/".
};

struct SiteBuild {
  const Library& lib;
  const Tabulation& tab;
  const BuildSettings& settings;
  Diagnostics& diags;
  SiteFacts facts;
  std::vector<SitePage> pages;
  /// url_path -> index of the Markdown page at the home (pages/index.md) if any.
  int home_page = -1;
  /// InputKeys::data: the content_key of pages made from the data alone (items,
  /// models, budgets, outcomes), which a Markdown page edit does not change.
  uint64_t data_key = 0;
  /// The content_key of the pages made from all pages (home, news, tags, site
  /// map, search, 404): the data and every page's address and front matter,
  /// not their bodies (but the home page's), so that an edit to a page's text
  /// renders that page alone again.
  uint64_t listing_key = 0;
};

/// The index in lib.pages of pages/index.md, the home page's text; -1 if none.
int HomePageIndex(const Library& lib);

/// Page builders, one per file under render/site/.
void AddHomePage(SiteBuild& b);
void AddMarkdownPages(SiteBuild& b);
void AddNewsAndTagPages(SiteBuild& b);
void AddItemPages(SiteBuild& b);
void AddModelPages(SiteBuild& b);
void AddBudgetPage(SiteBuild& b);
void AddOutcomePage(SiteBuild& b);
void AddSiteMapPage(SiteBuild& b);
void AddSearchPage(SiteBuild& b);
void AddNotFoundPage(SiteBuild& b);

/// Shared view helpers.
/// Where page `p`'s links start: "", "../", "../../"... by its depth, or the
/// site's base URL for 404.html, which a server shows at any missing address,
/// however deep (it is never opened from disk).
std::string PageRoot(const SiteBuild& b, const SitePage& p);
data PageLink(const PageEnv& env, const Page& page);  ///< title, href, description, date.
std::string ItemTitle(const Item& item);  ///< "（ア）地域の医療・介護の資源の把握"
std::string ItemPath(const Item& item);   ///< "items/a/"
/// The program items (ア)〜(ク) as a list of {marker, label, purpose, href}.
data ItemLinks(const PageEnv& env, const Library& lib);

}  // namespace renkei
