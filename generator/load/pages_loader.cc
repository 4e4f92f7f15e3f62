// content/pages/**/*.md: Markdown pages with YAML front matter.
#include <algorithm>
#include <optional>
#include <stdexcept>
#include <vector>

#include "load/front_matter.h"
#include "load/loaders.h"
#include "load/page_body.h"
#include "load/page_front_matter.h"
#include "load/source_file.h"
#include "util/hash.h"
#include "util/parallel.h"

namespace renkei {

namespace {

// Reads, parses and checks one page; nullopt when it is unusable or a draft.
// Touches nothing shared (problems go to ctx.diags, which belongs to this page
// alone), so pages are parsed on every core.
std::optional<Page> ParsePage(LoadContext& ctx, const std::string& rel) {
  const std::string display = ctx.DisplayPath(rel);
  auto source = ctx.Read(rel, display);
  if (!source) return std::nullopt;
  const std::string& text = source->text;
  auto split = SplitFrontMatter(text);
  if (!split) {
    ctx.diags.Error({display, 1, 1},
                    "a page must start with front matter: a line `---`, `title: ...`, and a "
                    "closing `---`");
    return std::nullopt;
  }
  std::optional<Page> page = PageFromFrontMatter(rel, display, *split, ctx.diags);
  if (page) {
    // Only the front matter is kept; the body is read again when it is
    // rendered (load/page_body.h).
    page->front_matter = SharedText(std::string(split->yaml));
    page->body_key = HashBytes(split->body);
    page->body_offset = static_cast<size_t>(split->body.data() - text.data());
    page->body_markdown = PageBodyFromFile(*page);
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
