// The record a build leaves in its output (.renkei/manifest): one key for
// everything it read (the hashes of every input, see BuildState) and every
// file it wrote with the key it was rendered under. The next build compares
// against it to find what changed (ninja's .ninja_log idea, with content
// hashes rather than times: a touched or checked-out-again file that did not
// change costs nothing, and the manifest holds nothing machine-specific but
// the renkei binary's hash). Each input's own hash is in .renkei/stamps.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace renkei {

struct Manifest {
  uint64_t inputs = 0;  ///< Everything the build read, in one key.
  struct Output {
    uint64_t key = 0;
    uint64_t size = 0;
  };
  /// Output files by path in the output, in no order (Serialize sorts them):
  /// a list, not a map, as a build with nothing changed only walks it (100,000
  /// entries at N = 100,000).
  std::vector<std::pair<std::string, Output>> out;
  std::vector<std::string> diagnostics;  ///< What the build printed (warnings).

  std::string Serialize() const;
  /// False (and an empty manifest) when `text` is not a manifest of this version:
  /// the build then renders everything.
  static bool Parse(const std::string& text, Manifest* m);
};

constexpr const char* kManifestPath = ".renkei/manifest";

}  // namespace renkei
