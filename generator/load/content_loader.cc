#include "load/content_loader.h"

#include <filesystem>

#include "load/loaders.h"

namespace renkei {

std::string LoadContext::DisplayPath(const std::string& relative) const {
  if (content_dir.empty() || content_dir == ".") return relative;
  return content_dir + "/" + relative;
}

bool LoadContent(const std::string& content_dir, Diagnostics& diags, Library* lib) {
  std::error_code ec;
  if (!std::filesystem::is_directory(content_dir, ec)) return false;
  std::string dir = content_dir;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  lib->content_dir = dir;
  LoadContext ctx{dir, diags, *lib};
  // Each loader guards its own files; this catch is the last line of defence
  // so that no input, however broken, ends the run without a diagnostic.
  using Loader = void (*)(LoadContext&);
  for (Loader load : {LoadSite, LoadMunicipalities, LoadItems, LoadStatuses, LoadBudgets,
                      LoadModels, LoadOutcomes, LoadPages, LoadPamphlets}) {
    try {
      load(ctx);
    } catch (const std::exception& e) {
      diags.Error({dir, 0, 0}, std::string("internal error while loading: ") + e.what());
    }
  }
  return true;
}

}  // namespace renkei
