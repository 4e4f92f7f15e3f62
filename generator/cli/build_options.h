// The options of `renkei build`, shared with `renkei serve`, which builds the
// same way and then keeps rebuilding.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "render/render_context.h"

namespace renkei {

struct BuildOptions {
  std::string content = "content";
  BuildSettings settings;
  bool templates_given = false;
  bool assets_given = false;
  bool timings = false;
  bool pdf = false;
  /// The process ends right after this build (`renkei build`, not serve): the
  /// build's large structures are left to the exit instead of being freed.
  bool exit_after = false;
};

/// Parses the flags of `renkei build` from `args`. Flags it does not know go to
/// `rest` when `rest` is given (serve adds its own), else they are usage errors.
/// On a usage error, prints it to stderr (prefixed with `command`) and returns false.
bool ParseBuildOptions(const std::vector<std::string>& args, const char* command, BuildOptions* opt,
                       std::vector<std::string>* rest = nullptr);

/// What one build did, for the summary line and for serve.
struct BuildSummary {
  int exit_code = 0;
  size_t pages = 0, workbooks = 0, pamphlets = 0, data_files = 0;
  size_t written = 0;       ///< Files rendered and written by this build.
  size_t reused = 0;        ///< Files unchanged since the last build, taken over as they were.
  bool up_to_date = false;  ///< Nothing had changed: the output was left alone.
  double seconds = 0;
};

/// Validates and builds once, printing diagnostics and the summary to `msg`.
BuildSummary Build(const BuildOptions& opt, std::ostream& msg);

}  // namespace renkei
