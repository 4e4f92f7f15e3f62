// Noticing edits to the content, templates and assets while `renkei serve`
// runs. It polls: every scan stats each file and compares (size, mtime, inode)
// with the last scan. Polling needs no per-folder watch that a rename or a new
// folder could lose (inotify's pitfalls), and a few thousand stats every 300 ms
// cost next to nothing.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace renkei {

class Watcher {
 public:
  /// Paths for which it returns true are neither reported nor, for folders,
  /// entered (the output directory, when it lies inside a watched one).
  using Ignore = std::function<bool(const std::string& path)>;

  /// Watches `roots` (folders, scanned recursively, or single files; one that
  /// does not exist yet is watched for appearing) and takes the first snapshot.
  /// Names starting with '.' (editors' swap files, .git) are skipped.
  explicit Watcher(std::vector<std::string> roots, Ignore ignore = nullptr);

  /// Scans again; returns the paths added, removed or changed since the last
  /// scan, sorted.
  std::vector<std::string> Poll();

 private:
  struct Stamp {
    uint64_t size = 0, inode = 0;
    int64_t mtime_ns = 0;
    bool operator==(const Stamp&) const = default;
  };
  using Snapshot = std::map<std::string, Stamp>;

  Snapshot Scan() const;
  void ScanRoot(const std::string& root, Snapshot* into) const;

  std::vector<std::string> roots_;
  Ignore ignore_;
  Snapshot last_;
};

/// Polls `watcher` every `interval` until something changed and then no
/// further change came for `settle` (an editor's save, a git checkout or a
/// copied folder is one burst: one rebuild). Returns every path changed in the
/// burst, or nothing once `stop` is set.
std::vector<std::string> WaitForChanges(Watcher& watcher, const std::atomic<bool>& stop,
                                        std::chrono::milliseconds interval,
                                        std::chrono::milliseconds settle);

}  // namespace renkei
