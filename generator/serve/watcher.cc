#include "serve/watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <thread>
#include <utility>

#include "util/file_tree.h"

namespace renkei {

namespace fs = std::filesystem;

namespace {

// What makes a watched folder's inotify notice: anything that changes what a
// scan sees (not reads, which every build does).
constexpr uint32_t kNoticed = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM |
                              IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF;
// A scan this often even when the kernel said nothing.
constexpr std::chrono::seconds kRescan(5);

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
    : roots_(std::move(roots)),
      ignore_(std::move(ignore)),
      notify_fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)),
      last_(Scan()) {}

Watcher::~Watcher() {
  if (notify_fd_ >= 0) ::close(notify_fd_);
}

void Watcher::WatchFolder(const std::string& folder) {
  if (notify_fd_ < 0 || watched_.count(folder)) return;
  // A folder removed and made again gets a new watch from the scan after it.
  if (inotify_add_watch(notify_fd_, folder.c_str(), kNoticed | IN_ONLYDIR) < 0) {
    all_watched_ = false;  // out of watches, or gone since the scan: poll
    return;
  }
  watched_.insert(folder);
}

bool Watcher::Drain() {
  if (notify_fd_ < 0) return false;
  alignas(inotify_event) char buf[4096];
  bool any = false;
  for (;;) {
    const ssize_t n = ::read(notify_fd_, buf, sizeof buf);
    if (n <= 0) return any;
    any = true;
    // A watch the kernel dropped (its folder went) must be made again.
    for (ssize_t at = 0; at < n;) {
      const auto* ev = reinterpret_cast<const inotify_event*>(buf + at);
      if (ev->mask & IN_IGNORED) watched_.clear();  // the next scan watches anew
      at += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
    }
  }
}

bool Watcher::Wait(std::chrono::milliseconds interval, std::chrono::milliseconds rescan,
                   const std::atomic<bool>& stop) {
  if (!notified()) return SleepUnlessStopped(interval, stop);
  const auto until = std::chrono::steady_clock::now() + rescan;
  while (!stop.load()) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        until - std::chrono::steady_clock::now());
    if (left.count() <= 0) return true;
    pollfd p{notify_fd_, POLLIN, 0};
    // In steps, so that `stop` is seen within 50 ms.
    if (::poll(&p, 1, static_cast<int>(std::min<int64_t>(left.count(), 50))) > 0 && Drain())
      return true;
  }
  return false;
}

bool Watcher::Quiet() { return notified() && !Drain(); }

std::vector<std::string> Watcher::Poll() {
  Drain();  // what the kernel said so far, this scan sees
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

Watcher::Snapshot Watcher::Scan() {
  Snapshot snapshot;
  all_watched_ = notify_fd_ >= 0;
  for (const std::string& root : roots_) ScanRoot(root, &snapshot);
  return snapshot;
}

void Watcher::ScanRoot(const std::string& root, Snapshot* into) {
  auto record = [&](const std::string& path, const TreeEntry& e) {
    into->emplace(path, Stamp{e.size, e.inode, e.mtime_ns});
  };
  // A root that is a file is watched itself; lstat: a link is a file of its
  // own here, its target may be anywhere.
  struct stat st;
  const bool exists = stat(root.c_str(), &st) == 0;
  // A file, or a folder still to come, is noticed in the folder that holds it.
  if (!exists || !S_ISDIR(st.st_mode)) {
    const fs::path parent = fs::path(root).parent_path();
    WatchFolder(parent.empty() ? "." : parent.string());
  }
  if (exists && !S_ISDIR(st.st_mode)) {
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
  if (exists) WatchFolder(root);
  WalkTree(root, [&](const TreeEntry& e) {
    const std::string path = prefix + e.relative;
    if (IsHidden(path) || (ignore_ && ignore_(path))) return false;
    if (S_ISDIR(e.mode))
      WatchFolder(path);
    else
      record(path, e);
    return true;
  });
}

std::vector<std::string> WaitForChanges(Watcher& watcher, const std::atomic<bool>& stop,
                                        std::chrono::milliseconds interval,
                                        std::chrono::milliseconds settle) {
  using Clock = std::chrono::steady_clock;
  std::set<std::string> changed;
  // The quiet time counts from the start of the last scan, where Poll takes
  // the kernel's news: a scan of a national site's 10,700 files (~35 ms) is
  // part of the wait, not added to it.
  Clock::time_point scanned;
  while (changed.empty()) {
    if (!watcher.Wait(interval, kRescan, stop)) return {};
    scanned = Clock::now();
    for (std::string& p : watcher.Poll()) changed.insert(std::move(p));
  }
  // A file written without pause (a log inside content/) must not hold the
  // rebuild back for ever: after a few seconds, build what there is.
  const auto give_up = Clock::now() + std::chrono::seconds(3);
  while (Clock::now() < give_up) {
    const auto left =
        settle - std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - scanned);
    if (!SleepUnlessStopped(left, stop)) return {};
    if (watcher.Quiet()) break;  // the kernel saw nothing more: no scan needed
    scanned = Clock::now();
    std::vector<std::string> more = watcher.Poll();
    if (more.empty()) break;
    changed.insert(more.begin(), more.end());
  }
  return {changed.begin(), changed.end()};
}

}  // namespace renkei
