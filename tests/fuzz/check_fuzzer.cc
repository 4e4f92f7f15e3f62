// The whole `check` pipeline over a small content directory built from the
// input: the bytes are split at "\n====\n" into site.yaml,
// municipalities.csv, items.yaml, status/s.csv, budgets/b.yaml,
// models/m.yaml, outcomes/o.yaml and pages/p.md; then everything is loaded,
// tabulated and compared as `renkei build` would.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "load/content_loader.h"
#include "model/budget_totals.h"
#include "model/comparison.h"
#include "model/tabulation.h"

namespace fs = std::filesystem;
using namespace renkei;

namespace {
const char* const kFiles[] = {"site.yaml",       "municipalities.csv", "items.yaml",
                              "status/s.csv",    "budgets/b.yaml",     "models/m.yaml",
                              "outcomes/o.yaml", "pages/p.md"};

const fs::path& Root() {
  static const fs::path root = [] {
    fs::path base = fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    fs::path dir = base / ("renkei-check-fuzz-" + std::to_string(getpid()));
    for (const char* sub : {"status", "budgets", "models", "outcomes", "pages"})
      fs::create_directories(dir / sub);
    return dir;
  }();
  // libFuzzer ends a timed run with exit(): leave no directory behind. The
  // handler is registered after `root` is built, so it runs before `root` dies.
  static const bool cleanup = std::atexit([] {
                                std::error_code ec;
                                fs::remove_all(Root(), ec);
                              }) == 0;
  (void)cleanup;
  return root;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  size_t start = 0;
  for (const char* name : kFiles) {
    size_t end = input.find("\n====\n", start);
    const std::string part =
        start <= input.size()
            ? input.substr(start, end == std::string::npos ? std::string::npos : end - start)
            : std::string();
    std::ofstream(Root() / name, std::ios::binary | std::ios::trunc) << part;
    start = end == std::string::npos ? input.size() + 1 : end + 6;
  }
  Diagnostics diags;
  Library lib;
  LoadContent(Root().string(), diags, &lib);
  Tabulation tab(lib);
  for (int pref : tab.prefectures())
    for (auto [year, prev] : ReportYears(lib, tab, pref))
      BuildComparison(lib, tab, pref, year, prev);
  BudgetTotals(lib);
  return 0;
}
