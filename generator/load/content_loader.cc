#include "load/content_loader.h"

#include <filesystem>
#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <utility>

#include "load/loaders.h"
#include "util/parallel.h"

namespace renkei {

std::string LoadContext::DisplayPath(const std::string& relative) const {
  if (content_dir.empty() || content_dir == ".") return relative;
  return content_dir + "/" + relative;
}

std::optional<SourceText> LoadContext::Read(const std::string& relative,
                                            const std::string& display) const {
  if (std::string bytes; scanned && scanned->Take(relative, &bytes))
    return DecodeSource(std::move(bytes), display, diags);
  return ReadSource(FullPath(relative), display, diags,
                    scanned ? scanned->HashOf(relative) : std::nullopt);
}

namespace {

using Loader = void (*)(LoadContext&);

/// Runs `loaders` in order. Each loader guards its own files; this catch is the
/// last line of defence so that no input, however broken, ends the run without a
/// diagnostic.
void RunLoaders(LoadContext& ctx, std::initializer_list<Loader> loaders) {
  for (Loader load : loaders) {
    try {
      load(ctx);
    } catch (const std::exception& e) {
      ctx.diags.Error({ctx.content_dir, 0, 0},
                      std::string("internal error while loading: ") + e.what());
    }
  }
}

/// Loads the site, municipalities, items, statuses, budgets, models and
/// outcomes: what the pages and pamphlets do not need. `load_pages` runs
/// while the statuses load (313,380 rows for the whole country, which need
/// only the municipalities and items, and which nothing before the pamphlets
/// reads). The two sides write different members of the Library and keep their
/// own diagnostics, so the result and the messages are those of a one-thread load.
LoadedRecords LoadRecords(const std::string& dir, Library* lib, ScannedContent* scanned,
                          const std::function<void()>& load_pages) {
  Diagnostics first, statuses, others;
  LoadContext first_ctx{dir, first, *lib, nullptr, scanned},
      status_ctx{dir, statuses, *lib, nullptr, scanned},
      other_ctx{dir, others, *lib, nullptr, scanned};
  RunLoaders(first_ctx, {LoadSite, LoadMunicipalities, LoadItems});
  RunConcurrently([&status_ctx] { RunLoaders(status_ctx, {LoadStatuses}); },
                  [&] {
                    RunLoaders(other_ctx, {LoadBudgets, LoadModels, LoadOutcomes});
                    load_pages();
                  });
  return {first.all(), statuses.all(), others.all()};
}

}  // namespace

bool LoadContent(const std::string& content_dir, Diagnostics& diags, Library* lib, LoadCache* cache,
                 ScannedContent* scanned) {
  std::error_code ec;
  if (!std::filesystem::is_directory(content_dir, ec)) return false;
  std::string dir = content_dir;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  lib->content_dir = dir;
  Diagnostics page_diags;
  LoadContext page_ctx{dir, page_diags, *lib, cache, scanned};
  bool pages_loaded = false;
  const std::function<void()> load_pages = [&] {
    if (!std::exchange(pages_loaded, true)) RunLoaders(page_ctx, {LoadPages});
  };
  LoadedRecords records;
  bool taken = false;
  if (cache && cache->HasRecords()) {
    // Decoding the records (23 ms for the whole country) and the pages write
    // different members of the Library: both at once.
    RunConcurrently([&] { taken = cache->TakeRecords(lib, &records); }, load_pages);
  }
  if (!taken) {
    records = LoadRecords(dir, lib, scanned, load_pages);  // the pages, unless loaded above
    if (cache) cache->KeepRecords(lib, records);
  }
  const std::vector<Diagnostic>* groups[] = {&records.first, &records.statuses, &records.others,
                                             &page_diags.all()};
  for (const std::vector<Diagnostic>* group : groups)
    for (const Diagnostic& d : *group) diags.Add(d);
  // The pamphlets (yaml-cpp took 5 ms of a one-page edit's serial part to
  // read the national site's 47 again) come from the cache when nothing they
  // were made from changed.
  std::vector<Diagnostic> pamphlet_diags;
  if (!cache || !cache->TakePamphlets(lib, &pamphlet_diags)) {
    Diagnostics loaded;
    std::vector<size_t> bodies_read;
    LoadContext ctx{dir, loaded, *lib, nullptr, scanned, &bodies_read};
    RunLoaders(ctx, {LoadPamphlets});
    pamphlet_diags = loaded.all();
    if (cache) cache->KeepPamphlets(lib, pamphlet_diags, bodies_read);
  }
  for (const Diagnostic& d : pamphlet_diags) diags.Add(d);
  return true;
}

}  // namespace renkei
