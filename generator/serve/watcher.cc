#include "serve/watcher.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <thread>
#include <utility>

#include "util/file_tree.h"

namespace renkei {

namespace fs = std::filesystem;

namespace {

bool IsHidden(const fs::path& p) { return p.filename().string().starts_with('.'); }

/// Sleeps for `d` in short steps, returning early (false) once `stop` is set.
bool SleepUnlessStopped(std::chrono::milliseconds d, const std::atomic<bool>& stop) {
  const auto until = std::chrono::steady_clock::now() + d;
  while (!stop.load()) {
    const auto now = std::chrono::steady_clock::now();
    if (now >= until) return true;
    std::this_thread::sleep_for(
        std::min<std::chrono::steady_clock::duration>(until - now, std::chrono::milliseconds(50)));
  }
  return false;
}

}  // namespace

Watcher::Watcher(std::vector<std::string> roots, Ignore ignore)
    : roots_(std::move(roots)), ignore_(std::move(ignore)), last_(Scan()) {}

std::vector<std::string> Watcher::Poll() {
  Snapshot now = Scan();
  std::vector<std::string> changed;
  // Both maps are sorted: one merge pass finds additions, removals and edits.
  auto a = last_.begin(), b = now.begin();
  while (a != last_.end() || b != now.end()) {
    if (b == now.end() || (a != last_.end() && a->first < b->first)) {
      changed.push_back((a++)->first);
    } else if (a == last_.end() || b->first < a->first) {
      changed.push_back((b++)->first);
    } else {
      if (!(a->second == b->second)) changed.push_back(a->first);
      ++a, ++b;
    }
  }
  last_ = std::move(now);
  return changed;
}

Watcher::Snapshot Watcher::Scan() const {
  Snapshot snapshot;
  for (const std::string& root : roots_) ScanRoot(root, &snapshot);
  return snapshot;
}

void Watcher::ScanRoot(const std::string& root, Snapshot* into) const {
  auto record = [&](const std::string& path, const TreeEntry& e) {
    into->emplace(path, Stamp{e.size, e.inode, e.mtime_ns});
  };
  // A root that is a file is watched itself; lstat: a link is a file of its
  // own here, its target may be anywhere.
  struct stat st;
  if (stat(root.c_str(), &st) == 0 && !S_ISDIR(st.st_mode)) {
    if (lstat(root.c_str(), &st) == 0) {
      TreeEntry e;
      e.Set(st);
      record(root, e);
    }
    return;
  }
  // Files vanish while an editor saves: the walk skips what it cannot read,
  // and the next scan sees the settled state.
  const std::string prefix = root.ends_with('/') ? root : root + "/";
  WalkTree(root, [&](const TreeEntry& e) {
    const std::string path = prefix + e.relative;
    if (IsHidden(path) || (ignore_ && ignore_(path))) return false;
    if (!S_ISDIR(e.mode)) record(path, e);
    return true;
  });
}

std::vector<std::string> WaitForChanges(Watcher& watcher, const std::atomic<bool>& stop,
                                        std::chrono::milliseconds interval,
                                        std::chrono::milliseconds settle) {
  std::set<std::string> changed;
  while (changed.empty()) {
    if (!SleepUnlessStopped(interval, stop)) return {};
    for (std::string& p : watcher.Poll()) changed.insert(std::move(p));
  }
  // A file written without pause (a log inside content/) must not hold the
  // rebuild back for ever: after a few seconds, build what there is.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(3);
  while (std::chrono::steady_clock::now() < give_up) {
    if (!SleepUnlessStopped(settle, stop)) return {};
    std::vector<std::string> more = watcher.Poll();
    if (more.empty()) break;
    changed.insert(more.begin(), more.end());
  }
  return {changed.begin(), changed.end()};
}

}  // namespace renkei
