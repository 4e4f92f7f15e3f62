// Noticing edits to the content, templates and assets while `renkei serve`
// runs. What changed is always found by a scan: every scan stats each file and
// compares (size, mtime, inode) with the last one, which no rename or new
// folder can fool. When to scan is what the kernel says (inotify on every
// folder): scanning every 300 ms, as serve did, took 11% of a core while
// nothing happened at N = 10,000 (35 ms a scan) and up to 300 ms to notice an
// edit. Without inotify, or with more folders than its watches allow, the
// watcher polls as before; a scan every few seconds catches what a watch
// could miss (a network file system).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
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
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  /// Scans again; returns the paths added, removed or changed since the last
  /// scan, sorted.
  std::vector<std::string> Poll();

  /// Waits until the kernel tells of a change under the roots, or `rescan`
  /// passed; without the kernel's word (see notified), waits `interval`.
  /// False when `stop` was set meanwhile. Only Poll says what changed.
  bool Wait(std::chrono::milliseconds interval, std::chrono::milliseconds rescan,
            const std::atomic<bool>& stop);
  /// True when nothing happened since the last Poll, as far as the kernel
  /// knows; false when it told of something or cannot tell.
  bool Quiet();
  /// True when inotify watches every folder scanned (and the folders that
  /// would hold a missing root).
  bool notified() const { return notify_fd_ >= 0 && all_watched_; }

 private:
  struct Stamp {
    uint64_t size = 0, inode = 0;
    int64_t mtime_ns = 0;
    bool operator==(const Stamp&) const = default;
  };
  using Snapshot = std::map<std::string, Stamp>;

  Snapshot Scan();
  void ScanRoot(const std::string& root, Snapshot* into);
  /// Watches `folder` (once), noting when it cannot.
  void WatchFolder(const std::string& folder);
  /// Reads what the kernel told (the events themselves do not matter: a scan
  /// follows); true when there was something.
  bool Drain();

  std::vector<std::string> roots_;
  Ignore ignore_;
  int notify_fd_ = -1;        // inotify, or -1
  bool all_watched_ = false;  // every folder of the last scan has its watch
  std::set<std::string> watched_;
  Snapshot last_;
};

/// Scans with `watcher` when the kernel tells of a change (or every `interval`
/// without its word, see Watcher::Wait) until something changed and then no
/// further change came for `settle` (an editor's save, a git checkout or a
/// copied folder is one burst: one rebuild). Returns every path changed in the
/// burst, or nothing once `stop` is set.
std::vector<std::string> WaitForChanges(Watcher& watcher, const std::atomic<bool>& stop,
                                        std::chrono::milliseconds interval,
                                        std::chrono::milliseconds settle);

}  // namespace renkei
