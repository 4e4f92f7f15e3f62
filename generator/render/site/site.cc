#include "render/site/site.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <future>
#include <iterator>
#include <map>
#include <mutex>
#include <numeric>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "model/comparison.h"
#include "render/markdown.h"
#include "render/site/page_layout.h"
#include "render/site/search_doc_cache.h"
#include "render/site/search_index.h"
#include "render/site/search_patch.h"
#include "render/site/site_build.h"
#include "render/site/site_files.h"
#include "util/hash.h"
#include "util/parallel.h"
#include "util/text.h"

namespace renkei {

namespace {

const std::vector<std::string> kTemplates = {"layout",   "home",    "page",   "list",  "tags",
                                             "items",    "item",    "models", "model", "budgets",
                                             "outcomes", "sitemap", "search", "404"};

SiteFacts ComputeFacts(const Library& lib, const Tabulation& tab) {
  SiteFacts f;
  if (!lib.site.municipality_code.empty())
    f.municipality = lib.FindMunicipality(lib.site.municipality_code);
  f.prefecture = lib.site.prefecture_code;
  if (f.prefecture == 0 && f.municipality >= 0)
    f.prefecture = lib.municipalities[f.municipality].prefecture_code;
  if (f.prefecture == 0 && tab.prefectures().size() == 1) f.prefecture = tab.prefectures()[0];
  f.prefecture_name = lib.site.prefecture;
  for (const Municipality& m : lib.municipalities)
    if (f.prefecture_name.empty() && m.prefecture_code == f.prefecture)
      f.prefecture_name = m.prefecture;
  f.municipalities_word = f.prefecture == 13 ? "区市町村" : "市区町村";
  if (f.prefecture) f.report_years = ReportYears(lib, tab, f.prefecture);
  for (size_t i = 0; i < lib.pages.size(); ++i)
    if (lib.pages[i].date && !lib.pages[i].url_path.empty()) f.news.push_back(static_cast<int>(i));
  std::stable_sort(f.news.begin(), f.news.end(), [&](int a, int b) {
    if (*lib.pages[a].date != *lib.pages[b].date) return *lib.pages[a].date > *lib.pages[b].date;
    return lib.pages[a].url_path < lib.pages[b].url_path;
  });
  std::set<std::string> tags;
  for (const Page& p : lib.pages) tags.insert(p.tags.begin(), p.tags.end());
  f.tags.assign(tags.begin(), tags.end());
  return f;
}

bool Reserved(const std::string& url_path) {
  return url_path.starts_with("assets/") || url_path.starts_with("search/") ||
         url_path == "feed.xml/" || url_path == "sitemap.xml/" || url_path == "robots.txt/";
}

/// Reports pages that would be written to the same place, naming the Markdown page.
bool CheckCollisions(SiteBuild& b) {
  std::unordered_map<std::string_view, const SitePage*> seen;  // into b.pages
  seen.reserve(b.pages.size());
  bool ok = true;
  for (const SitePage& p : b.pages) {
    if (!p.source.empty() && Reserved(p.url_path)) {
      b.diags.Error({p.source, 1, 1}, "this page would be written to /" + p.url_path +
                                          ", where renkei writes the site's own files "
                                          "(assets/, search/): give it another slug");
      ok = false;
      continue;
    }
    auto [it, inserted] = seen.emplace(p.url_path, &p);
    if (inserted) continue;
    ok = false;
    const SitePage& other = *it->second;
    const SitePage* md = !p.source.empty() ? &p : !other.source.empty() ? &other : nullptr;
    const SitePage& gen = md == &p ? other : p;
    if (md)
      b.diags.Error({md->source, 1, 1},
                    "this page would be written to /" + md->url_path + "index.html, where " +
                        "renkei writes its page 「" + gen.title +
                        "」: give it another slug or move it to another folder");
    else
      b.diags.Error({"", 0, 0}, "two generated pages would both be written to /" + p.url_path +
                                    ": 「" + other.title + "」 and 「" + p.title + "」");
  }
  return ok;
}

/// The entries of the navigation bar (label, url_path), the same on every page:
/// found once, not by scanning every page for every page.
std::vector<Crumb> NavEntries(const Library& lib, const SiteFacts& facts) {
  std::vector<Crumb> nav = {{"ホーム", ""}};
  for (const Page& page : lib.pages)
    if (!page.date && page.order > 0 && page.url_path.find('/') + 1 == page.url_path.size())
      nav.push_back({StripFurigana(page.title), page.url_path});
  if (!lib.items.empty()) nav.push_back({"事業項目", "items/"});
  if (!lib.models.empty()) nav.push_back({"事業モデル", "models/"});
  if (!lib.budgets.empty()) nav.push_back({"予算", "budgets/"});
  if (!lib.outcomes.empty()) nav.push_back({"成果", "outcomes/"});
  if (!facts.news.empty()) nav.push_back({"お知らせ", "news/"});
  // Open data and the prefecture workbooks (render/opendata) are always written.
  nav.push_back({"データ", "data/"});
  return nav;
}

/// What every page shows of the site besides its own content (titles, contact,
/// navigation, base URL, whether there is a feed): part of every page's key.
uint64_t SiteKey(const RenderContext& ctx, const SiteFacts& facts, const std::vector<Crumb>& nav) {
  const Site& site = ctx.lib.site;
  const Contact& c = site.contact;
  Hasher h;
  h.Add(ctx.keys.render).Add(site.title).Add(site.description).Add(site.publisher);
  h.Add(site.base_url).Add(facts.news.empty());
  for (const std::string* v :
       {&c.name, &c.department, &c.phone, &c.fax, &c.email, &c.address, &c.hours, &c.url})
    h.Add(*v);
  for (const Crumb& e : nav) h.Add(e.title).Add(e.url_path);
  return h.key();
}

/// SiteBuild::listing_key, once the pages and data_key are known.
uint64_t ListingKey(const Library& lib, uint64_t data_key, int home_page) {
  Hasher h;
  h.Add(data_key);
  for (const Page& p : lib.pages) h.Add(p.source).Add(p.url_path).Add(p.front_matter);
  if (home_page >= 0) h.Add(lib.pages[static_cast<size_t>(home_page)].body_key);
  return h.key();
}

/// The key of a page's file: 0 (always render) unless its content has a key.
uint64_t PageKey(uint64_t site_key, const SitePage& p) {
  if (p.content_key == 0) return 0;
  Hasher h;
  h.Add(site_key).Add(p.content_key).Add(p.url_path).Add(p.title).Add(p.title_html);
  h.Add(p.description).Add(p.template_name).Add(p.section).Add(p.article).Add(p.searchable);
  h.Add(p.date ? FormatIsoDate(*p.date) : "");
  for (const Crumb& c : p.crumbs) h.Add(c.title).Add(c.url_path);
  return h.key();
}

data GlobalView(const Library& lib) {
  data g = Obj();
  g.set("site_title", lib.site.title);
  g.set("site_description", lib.site.description);
  g.set("publisher", lib.site.publisher);
  const Contact& c = lib.site.contact;
  if (!c.empty()) {
    data contact = Obj();
    for (const auto& [key, value] :
         std::vector<std::pair<std::string, std::string>>{{"name", c.name},
                                                          {"department", c.department},
                                                          {"phone", c.phone},
                                                          {"fax", c.fax},
                                                          {"email", c.email},
                                                          {"address", c.address},
                                                          {"hours", c.hours},
                                                          {"url", c.url}})
      if (!value.empty()) contact.set(key, value);
    g.set("contact", contact);
  }
  return g;
}

/// The address of each page in the search index, by page ("" = not indexed):
/// known before rendering, so the last build's index may be patched (SearchPatch).
std::vector<std::string> IndexedUrls(const SiteBuild& b) {
  std::vector<std::string> urls(b.pages.size());
  for (size_t i = 0; i < b.pages.size(); ++i)
    if (b.pages[i].searchable) urls[i] = OutputPath(b.pages[i]);
  return urls;
}

/// The pages' indices in the order they are rendered: the pages made from the
/// data and the listings first, then the Markdown pages. The site map lists
/// every page (30 ms at N = 10,000): rendered last, as it was added, it kept
/// one core busy while the other had nothing left to do.
std::vector<size_t> RenderOrder(const std::vector<SitePage>& pages) {
  std::vector<size_t> order(pages.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_partition(order.begin(), order.end(), [&](size_t i) { return !pages[i].body_html; });
  return order;
}

/// Renders (or takes over) page i; called on every core at once, each thread
/// with its own TemplateRenderer.
struct PageWriter {
  SiteBuild& b;
  const PageLayout& layout;
  const data& global;
  SearchIndex& search;
  SearchDocCache& cache;
  uint64_t site_key;
  Progress* progress;
  OutputTree* out;
  std::mutex& mu;  // guards b.diags

  void Write(TemplateRenderer& renderer, size_t i) {
    try {
      const uint64_t key = PageKey(site_key, b.pages[i]);
      if (!ReuseOne(i, key)) RenderOne(renderer, i, key);
      if (progress) progress->Tick();
    } catch (const std::exception& e) {
      std::lock_guard<std::mutex> lock(mu);
      b.diags.Error({b.pages[i].source, 0, 0},
                    "cannot render /" + b.pages[i].url_path + ": " + e.what());
    }
  }

  /// Takes page i over from the last build when its key and search document are there.
  bool ReuseOne(size_t i, uint64_t key) {
    if (key == 0) return false;
    // A patched index needs no grams of the pages taken over (they are
    // unchanged), nor their text unless pages.js is written again.
    SearchIndex::Doc doc;
    std::string_view encoded;
    if (b.pages[i].searchable &&
        !(search.patching() ? cache.TakeEncoded(i, key, &encoded) : cache.Take(i, key, &doc)))
      return false;
    if (!out->Reuse(OutputPath(b.pages[i]), key)) return false;  // rendering keeps it anew
    cache.Done(i);
    if (encoded.empty()) {
      search.SetUnchanged(i, std::move(doc));
    } else {
      search.SetUnchangedEncoded(i, encoded);
    }
    return true;
  }

  void RenderOne(TemplateRenderer& renderer, size_t i, uint64_t key) {
    const SitePage& p = b.pages[i];
    const PageEnv env{PageRoot(b, p)};
    data values = layout.PageValues(p, env);
    data view = p.view(env);
    mustache::context<std::string> ctx(&global);
    ctx.push(&layout.View(env.root, p));
    ctx.push(&values);
    ctx.push(&view);
    std::string body;
    if (p.body_html) {
      renderer.RenderWithHtml(p.template_name, ctx, view, kBodyHtmlKey, p.body_html(env), &body);
    } else {
      renderer.Render(p.template_name, ctx, &body);
    }
    ctx.pop();
    const std::string html = layout.Render(renderer, ctx, values, env.root, p, body);

    SearchIndex::Doc doc;
    if (p.searchable) {
      std::string text = HtmlToText(body);
      if (text.starts_with(p.title)) text.erase(0, p.title.size());  // the <h1>
      while (!text.empty() && text[0] == ' ') text.erase(0, 1);
      doc.url = OutputPath(p);
      doc.title = p.title;
      doc.summary = Abbreviate(p.description.empty() ? text : p.description, 90);
      doc.grams = TextGrams({p.title, text});
    }
    cache.Keep(i, key, doc);
    search.Set(i, std::move(doc));         // every page, so the index can compress in page order
    out->Write(OutputPath(p), html, key);  // thread-safe; a failure stays in out->error()
  }
};

}  // namespace

void RenderSite(RenderContext& ctx) {
  TemplateSet templates;
  if (std::string err = templates.Load(ctx.settings.templates_dir); !err.empty()) {
    ctx.diags.Error({"", 0, 0}, err);
    return;
  }
  if (std::string err = templates.Require(kTemplates); !err.empty()) {
    ctx.diags.Error({"", 0, 0}, err);
    return;
  }
  // The last build's search documents (18 MB at N = 10,000) are read while
  // the site's pages are laid out below: on a core that is idle then in an edit.
  SearchDocCache cache;
  auto previous_docs = std::async(
      kAsyncIfPossible, [&cache, &ctx] { cache.Load(ctx.out.previous_dir(), ctx.keys.render); });
  SiteBuild b{ctx.lib, ctx.tab, ctx.settings, ctx.diags, ComputeFacts(ctx.lib, ctx.tab), {}, -1};
  b.data_key = ctx.keys.data;
  b.home_page = HomePageIndex(ctx.lib);
  b.listing_key = ListingKey(ctx.lib, b.data_key, b.home_page);
  AddHomePage(b);
  AddItemPages(b);
  AddModelPages(b);
  AddBudgetPage(b);
  AddOutcomePage(b);
  AddNewsAndTagPages(b);
  AddMarkdownPages(b);
  AddSearchPage(b);
  AddSiteMapPage(b);
  AddNotFoundPage(b);
  if (!CheckCollisions(b)) return;

  const data global = GlobalView(ctx.lib);
  const std::vector<Crumb> nav = NavEntries(ctx.lib, b.facts);
  SearchIndex search(b.pages.size(), ctx.settings.jobs);
  // The last build's documents serve only the same renkei and templates: its
  // index files were written by that renkei (its pages were rendered anyway).
  previous_docs.get();
  cache.SetPages(b.pages.size());
  search.Patch(SearchPatch::Start(cache.previous(), IndexedUrls(b), ctx.out));
  cache.Open(ctx.out, ctx.keys.render);
  const uint64_t site_key = SiteKey(ctx, b.facts, nav);
  if (ctx.progress) ctx.progress->AddTotal(b.pages.size());
  std::mutex mu;
  const PageLayout layout(templates, b, nav, global);
  PageWriter writer{b, layout, global, search, cache, site_key, ctx.progress, &ctx.out, mu};
  std::vector<std::optional<TemplateRenderer>> renderers(ThreadCount(ctx.settings.jobs));
  const std::vector<size_t> order = RenderOrder(b.pages);
  ParallelFor(order.size(), ctx.settings.jobs, [&](size_t n, size_t thread) {
    if (!renderers[thread]) renderers[thread].emplace(templates);
    writer.Write(*renderers[thread], order[n]);
    if (thread == 0) search.AddReady();  // one thread only: its core keeps the postings
  });
  if (!ctx.out.ok()) ctx.diags.Error({ctx.settings.out_dir, 0, 0}, ctx.out.error());
  if (ctx.diags.has_errors()) return;

  // The search index, the search documents and the site's own files (feed,
  // sitemap.xml...) are files of their own: written at once, not one after the
  // other (0.1 s at N = 10,000).
  const std::function<bool()> writes[] = {[&] { return search.Write(ctx.out); },
                                          [&] { return cache.Close(); },
                                          [&] { return WriteSiteFiles(b, ctx.out); }};
  std::atomic<bool> written{true};
  ParallelFor(std::size(writes), ctx.settings.jobs, [&](size_t i) {
    if (!writes[i]()) written = false;
  });
  if (!written) {
    const std::string& error = search.error().empty() ? ctx.out.error() : search.error();
    ctx.diags.Error({ctx.settings.out_dir, 0, 0}, error);
    return;
  }
  if (std::string err = CopyAssets(ctx.settings.assets_dir, ctx.keys.render, ctx.out); !err.empty())
    ctx.diags.Error({ctx.settings.assets_dir, 0, 0}, err);
  if (!ctx.out.ok()) ctx.diags.Error({ctx.settings.out_dir, 0, 0}, ctx.out.error());
}

}  // namespace renkei
