#include "write/settled_listing.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <deque>
#include <unordered_map>

#include "util/parallel.h"

namespace renkei {

namespace {

/// A folder of the known files: its files, its folders, and whether its
/// entries changed since the build finished.
struct Folder {
  std::vector<const KnownFile*> files;
  std::vector<std::string_view> folders;
  bool settled = false;
};

std::string_view Parent(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

/// The folders of `known` (views into their paths), "" being the root.
std::unordered_map<std::string_view, Folder> FoldersOf(const std::vector<KnownFile>& known) {
  std::unordered_map<std::string_view, Folder> folders;
  folders[""];
  for (const KnownFile& f : known) {
    // Each folder is put into its parent once, when first met.
    for (std::string_view dir = Parent(f.path); !dir.empty(); dir = Parent(dir)) {
      if (!folders.try_emplace(dir).second) break;
      folders[Parent(dir)].folders.push_back(dir);
    }
    folders[Parent(f.path)].files.push_back(&f);
  }
  return folders;
}

/// Marks the folders whose ctime is before `settled_ns`, stat'ed on every core.
/// The root and renkei's own folder change around every swap: always read.
void MarkSettled(const std::string& root, int64_t settled_ns,
                 std::unordered_map<std::string_view, Folder>* folders) {
  const int root_fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (root_fd < 0) return;
  std::vector<std::pair<const std::string_view, Folder>*> all;
  for (auto& entry : *folders)
    if (!entry.first.empty() && !entry.first.starts_with(".renkei")) all.push_back(&entry);
  ParallelFor(all.size(), 0, [&](size_t i) {
    struct stat st;
    const std::string name(all[i]->first);
    all[i]->second.settled =
        ::fstatat(root_fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode) &&
        int64_t{st.st_ctim.tv_sec} * 1'000'000'000 + st.st_ctim.tv_nsec < settled_ns;
  });
  ::close(root_fd);
}

TreeEntry Entry(std::string_view relative, mode_t type, uint64_t size) {
  TreeEntry e{};
  e.relative = relative;
  e.mode = type;
  e.size = size;
  return e;
}

}  // namespace

std::vector<TreeEntry> ListSettledTree(const std::string& root, const std::vector<KnownFile>& known,
                                       int64_t settled_ns) {
  std::unordered_map<std::string_view, Folder> folders = FoldersOf(known);
  if (settled_ns > 0) MarkSettled(root, settled_ns, &folders);
  std::vector<TreeEntry> listed;
  listed.reserve(known.size() + folders.size());
  std::deque<std::string> pending = {""};
  while (!pending.empty()) {
    const std::string dir = std::move(pending.front());
    pending.pop_front();
    const auto folder = folders.find(dir);
    if (folder != folders.end() && folder->second.settled) {
      for (const KnownFile* f : folder->second.files)
        listed.push_back(Entry(f->path, S_IFREG, f->size));
      for (const std::string_view sub : folder->second.folders) {
        listed.push_back(Entry(sub, S_IFDIR, 0));
        pending.emplace_back(sub);
      }
      continue;
    }
    const std::string prefix = dir.empty() ? "" : dir + "/";
    WalkTree(dir.empty() ? root : root + "/" + dir, [&](const TreeEntry& e) {
      listed.push_back(e);
      listed.back().relative = prefix + e.relative;
      if (S_ISDIR(e.mode)) pending.push_back(listed.back().relative);
      return false;  // one level: its folders are pending
    });
  }
  return listed;
}

}  // namespace renkei
