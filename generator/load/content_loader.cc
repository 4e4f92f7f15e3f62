#include "load/content_loader.h"

#include <filesystem>
#include <initializer_list>
#include <stdexcept>
#include <thread>

#include "load/loaders.h"

namespace renkei {

std::string LoadContext::DisplayPath(const std::string& relative) const {
  if (content_dir.empty() || content_dir == ".") return relative;
  return content_dir + "/" + relative;
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

}  // namespace

bool LoadContent(const std::string& content_dir, Diagnostics& diags, Library* lib) {
  std::error_code ec;
  if (!std::filesystem::is_directory(content_dir, ec)) return false;
  std::string dir = content_dir;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  lib->content_dir = dir;
  LoadContext ctx{dir, diags, *lib};
  RunLoaders(ctx, {LoadSite, LoadMunicipalities, LoadItems});
  // The status records (313,380 rows for the whole country) need only the
  // municipalities and items, and nothing before the pamphlets reads them: they
  // load on their own thread while budgets, models, outcomes and pages load on
  // this one. The two sides write different members of the Library and keep their
  // own diagnostics, merged in the loaders' order, so the result and the messages
  // are those of a one-thread load.
  Diagnostics status_diags, other_diags;
  LoadContext status_ctx{dir, status_diags, *lib}, other_ctx{dir, other_diags, *lib};
  std::thread statuses([&status_ctx] { RunLoaders(status_ctx, {LoadStatuses}); });
  RunLoaders(other_ctx, {LoadBudgets, LoadModels, LoadOutcomes, LoadPages});
  statuses.join();
  for (const Diagnostics* d : {&status_diags, &other_diags})
    for (const Diagnostic& one : d->all()) diags.Add(one);
  RunLoaders(ctx, {LoadPamphlets});
  return true;
}

}  // namespace renkei
