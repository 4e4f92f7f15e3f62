// What every renderer receives: the validated model, its tabulation, the
// output tree to write into, and the build's settings. Renderers read the
// model and write files; they never read content files themselves.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "model/library.h"
#include "model/tabulation.h"
#include "util/diagnostic.h"
#include "util/hash.h"
#include "util/progress.h"
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
  bool full = false;  ///< Reuse nothing from the previous build.
};

/// Hashes of what the outputs depend on, from which each renderer makes the key
/// of each file it writes (OutputTree::Reuse): a file is taken over from the
/// previous build only when its key is the same.
struct InputKeys {
  /// The renkei binary, the templates, the assets and the build settings:
  /// everything an output depends on besides the content.
  uint64_t render = 0;
  /// `render` and every content file outside pages/: what the workbooks and
  /// open data are made from.
  uint64_t data = 0;

  /// The key of an output file made from the data alone (a workbook, an open
  /// data file): unchanged data, unchanged file.
  uint64_t DataFile(std::string_view relative) const {
    return Hasher().Add(data).Add(relative).key();
  }
};

struct RenderContext {
  const Library& lib;
  const Tabulation& tab;
  const BuildSettings& settings;
  OutputTree& out;
  Diagnostics& diags;
  InputKeys keys;
  Progress* progress = nullptr;  ///< Counts rendered files; may be null.
};

}  // namespace renkei
