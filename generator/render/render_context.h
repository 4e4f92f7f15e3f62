// What every renderer receives: the validated model, its tabulation, the
// output tree to write into, and the build's settings. Renderers read the
// model and write files; they never read content files themselves.
#pragma once

#include <cstdint>
#include <string>

#include "model/library.h"
#include "model/tabulation.h"
#include "util/diagnostic.h"
#include "write/output_tree.h"

namespace renkei {

struct BuildSettings {
  std::string templates_dir = "templates";
  std::string assets_dir = "assets";
  std::string out_dir = "site_out";
  int jobs = 0;  ///< 0 = one per core.
  bool quiet = false;
  /// Seconds since the epoch for dates that are not in the content: from
  /// SOURCE_DATE_EPOCH when set, else the current time (reproducible builds).
  int64_t build_time = 0;
};

struct RenderContext {
  const Library& lib;
  const Tabulation& tab;
  const BuildSettings& settings;
  OutputTree& out;
  Diagnostics& diags;
};

}  // namespace renkei
