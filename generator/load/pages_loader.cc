// content/pages/**/*.md: Markdown pages with YAML front matter.
#include <algorithm>
#include <map>
#include <optional>
#include <stdexcept>
#include <vector>

#include "load/front_matter.h"
#include "load/loaders.h"
#include "load/plain_yaml.h"
#include "load/source_file.h"
#include "util/hash.h"
#include "util/parallel.h"
#include "util/slug.h"
#include "util/text.h"

namespace renkei {

namespace {

// The page's output directory: the folders of its source path (each must be a
// slug), then its slug; index.md stands for its folder itself.
bool ComputeUrlPath(Page& page, const std::string& stem, const YAML::Node& doc, YamlReader& r) {
  const std::string rel = page.source;
  std::string dir = rel.substr(0, rel.rfind('/') == std::string::npos ? 0 : rel.rfind('/') + 1);
  for (const std::string& part : Split(dir, '/')) {
    if (part.empty()) continue;
    if (!IsSlug(part)) {
      r.diags().Error({r.path(), 1, 1}, "folder name \"" + Abbreviate(part) +
                                            "\" cannot be part of a web address: use a-z, 0-9 "
                                            "and - only");
      return false;
    }
  }
  if (!page.slug.empty()) {
    if (!IsSlug(page.slug)) {
      r.Error(doc["slug"], "`slug` \"" + Abbreviate(page.slug) +
                               "\" may only use a-z, 0-9 and - (e.g. zaitaku-iryo)");
      return false;
    }
  } else if (stem == "index") {
    page.url_path = dir;
    return true;
  } else if (IsSlug(stem)) {
    page.slug = stem;
  } else {
    r.diags().Error({r.path(), 1, 1}, "the file name \"" + Abbreviate(stem) +
                                          "\" cannot be a web address: add `slug:` (a-z, 0-9, "
                                          "-) to the front matter");
    return false;
  }
  page.url_path = dir + page.slug + "/";
  return true;
}

void KeepParams(YamlReader& r, const YAML::Node& doc, Page& page) {
  static const char* const kKnown[] = {"title", "slug",  "order", "description",
                                       "date",  "draft", "tags"};
  for (const auto& kv : doc) {
    if (!kv.first.IsScalar()) continue;
    const std::string& key = kv.first.Scalar();
    bool known = false;
    for (const char* k : kKnown) known = known || key == k;
    if (known) continue;
    PageParam p;
    if (kv.second.IsScalar()) {
      p.scalar = kv.second.Scalar();
    } else if (kv.second.IsSequence()) {
      p.is_list = true;
      p.list = r.TextList(doc, key.c_str(), "");
    } else if (!kv.second.IsNull()) {
      r.Warning(kv.first, "front matter key `" + Abbreviate(key) +
                              "` holds a mapping; only texts and lists are passed to templates");
      continue;
    }
    page.params.emplace(key, std::move(p));
  }
}

// Builds the page from its parsed front matter (the body is added by the
// caller); nullopt when it is unusable or a draft.
std::optional<Page> PageFromFrontMatter(const std::string& rel, const std::string& display,
                                        const FrontMatterSplit& split, const YAML::Node& doc,
                                        YamlReader& r) {
  if (!r.ExpectMap(doc, "front matter")) return std::nullopt;
  Page page;
  page.source = rel.substr(std::string("pages/").size());
  page.where = {display, 1, 1};
  page.title = r.Text(doc, "title", "", true);
  if (page.title.empty() && doc["title"]) r.Error(doc["title"], "`title` is empty");
  page.slug = NormalizeFieldText(r.Text(doc, "slug", ""));
  page.description = r.Text(doc, "description", "");
  page.order = static_cast<int>(r.Integer(doc, "order", "").value_or(0));
  page.draft = r.Boolean(doc, "draft", "", false);
  page.tags = r.TextList(doc, "tags", "");
  const std::string date = r.Text(doc, "date", "");
  if (!date.empty()) {
    ParseResult<Date> d = ParseIsoDate(NormalizeFieldText(date));
    if (d.ok())
      page.date = *d.value;
    else
      r.Error(doc["date"], "`date`: " + d.error);
  }
  KeepParams(r, doc, page);
  page.body_line = split.body_line;
  page.front_matter_line = split.yaml_line;
  const std::string file = rel.substr(rel.rfind('/') + 1);
  if (!ComputeUrlPath(page, file.substr(0, file.size() - 3), doc, r)) return std::nullopt;
  if (page.draft) return std::nullopt;  // drafts are checked but not published
  return page;
}

// The page from yaml-cpp's reading of its front matter, whose node marks
// place every problem at its line and column.
std::optional<Page> PageFromYaml(LoadContext& ctx, const std::string& rel,
                                 const std::string& display, const FrontMatterSplit& split) {
  YamlReader r(display, ctx.diags);
  r.set_line_offset(split.yaml_line - 1);
  auto parsed = r.Parse(std::string(split.yaml));
  if (!parsed) return std::nullopt;
  return PageFromFrontMatter(rel, display, split, *parsed, r);
}

// Reads, parses and checks one page; nullopt when it is unusable or a draft.
// Touches nothing shared (problems go to ctx.diags, which belongs to this page
// alone), so pages are parsed on every core.
std::optional<Page> ParsePage(LoadContext& ctx, const std::string& rel) {
  const std::string display = ctx.DisplayPath(rel);
  auto source = ctx.Read(rel, display);
  if (!source) return std::nullopt;
  // The page's front matter and body are views into its file's text, kept by them.
  const auto text = std::make_shared<const std::string>(std::move(source->text));
  auto split = SplitFrontMatter(*text);
  if (!split) {
    ctx.diags.Error({display, 1, 1},
                    "a page must start with front matter: a line `---`, `title: ...`, and a "
                    "closing `---`");
    return std::nullopt;
  }
  std::optional<Page> page;
  // Most front matter is plain `key: value` lines, read without yaml-cpp. A
  // page with anything to report is read again by yaml-cpp, so that every
  // message has its exact place: the fast path changes nothing but the time.
  bool done = false;
  if (auto plain = ParsePlainMapping(split->yaml)) {
    Diagnostics trial;
    YamlReader r(display, trial);
    page = PageFromFrontMatter(rel, display, *split, *plain, r);
    done = trial.all().empty();
  }
  if (!done) page = PageFromYaml(ctx, rel, display, *split);
  if (page) {
    page->front_matter = SharedText(split->yaml, text);
    page->body_markdown = SharedText(split->body, text);
    page->body_key = HashBytes(split->body);
  }
  return page;
}

/// Page file `rel` as LoadPages merges it: taken from the last build's cache
/// when the file did not change, else parsed. True when it was parsed and is
/// to be kept for the next build.
bool LoadPage(const LoadContext& ctx, size_t i, const std::string& rel, LoadedPage* loaded) {
  if (ctx.cache && ctx.cache->TakePage(i, loaded)) return false;
  Diagnostics diags;
  LoadContext own{ctx.content_dir, diags, ctx.lib, nullptr, ctx.scanned};
  try {
    loaded->page = ParsePage(own, rel);
  } catch (const std::exception& e) {
    diags.Error({ctx.DisplayPath(rel), 0, 0},
                std::string("internal error while loading: ") + e.what());
    loaded->diags = diags.all();
    return false;  // not kept: the next build tries again
  }
  loaded->diags = diags.all();
  return ctx.cache != nullptr;
}

/// For each page, the first page (in file order) written to the same address:
/// itself, unless an earlier one is. Sorting addresses cost less than a map of
/// 10,000 of them.
std::vector<size_t> FirstAtSameAddress(const std::vector<LoadedPage>& pages) {
  std::vector<size_t> order, first(pages.size());
  for (size_t i = 0; i < pages.size(); ++i) {
    first[i] = i;
    if (pages[i].page) order.push_back(i);
  }
  const auto url = [&pages](size_t i) -> const std::string& { return pages[i].page->url_path; };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return url(a) < url(b); });
  for (size_t k = 1; k < order.size(); ++k)
    if (url(order[k]) == url(order[k - 1])) first[order[k]] = first[order[k - 1]];
  return first;
}

}  // namespace

void LoadPages(LoadContext& ctx) {
  const std::vector<std::string> files = ListContentFiles(ctx, "pages", ".md", true);
  // Parsing (decoding, YAML front matter) is most of loading a national site:
  // done on every core, then merged in file order, so the pages, their order
  // and the diagnostics are the same as in a one-thread load.
  if (ctx.cache) ctx.cache->StartPages(files);
  std::vector<LoadedPage> parsed(files.size());
  std::vector<char> keep(files.size());  // parsed anew: kept in the cache
  ParallelFor(files.size(), 0, [&](size_t i) { keep[i] = LoadPage(ctx, i, files[i], &parsed[i]); });
  const std::vector<size_t> first = FirstAtSameAddress(parsed);
  ctx.lib.pages.reserve(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    for (const Diagnostic& d : parsed[i].diags) ctx.diags.Add(d);
    if (!parsed[i].page) {
      if (keep[i]) ctx.cache->KeepPage(i, nullptr, std::move(parsed[i].diags));
      continue;
    }
    Page& page = *parsed[i].page;
    if (first[i] != i) {
      ctx.diags.Error({ctx.DisplayPath(files[i]), 1, 1},
                      "this page and " + ctx.DisplayPath(files[first[i]]) +
                          " would both be written to /" + page.url_path +
                          "index.html: give one of them another slug");
      continue;
    }
    ctx.lib.pages.push_back(std::move(page));  // reserved: pointers stay valid
    if (keep[i]) ctx.cache->KeepPage(i, &ctx.lib.pages.back(), std::move(parsed[i].diags));
  }
}

}  // namespace renkei
