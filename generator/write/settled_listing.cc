#include "write/settled_listing.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <deque>
#include <unordered_map>
#include <utility>

#include "util/parallel.h"

namespace renkei {

namespace {

/// A folder of the known files: its files, its folders, and whether its
/// entries changed since the build finished.
struct Folder {
  std::vector<const KnownFile*> files;
  std::vector<std::string_view> folders;
  bool settled = false;
  bool in_parent = false;  ///< In its parent's `folders` already.
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
    // Each folder is put into its parent once. Not "when first met": a
    // folder is met first as the parent of another, and then its own parent
    // never listed it (a settled news/ lost news/page/, whose files stayed).
    for (std::string_view dir = Parent(f.path); !dir.empty(); dir = Parent(dir)) {
      Folder& folder = folders[dir];  // a reference into the map outlives its rehashing
      if (std::exchange(folder.in_parent, true)) break;
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

TreeEntry FolderEntry(const std::string& relative) {
  TreeEntry e{};
  e.relative = relative;
  e.mode = S_IFDIR;
  return e;
}

/// The known file of `folder` at `relative`, or null: a few are searched in
/// turn, a folder of many by a map made once.
class KnownFiles {
 public:
  explicit KnownFiles(const Folder* folder) : folder_(folder) {
    if (folder_ == nullptr || folder_->files.size() <= kScanned) return;
    by_path_.reserve(folder_->files.size());
    for (const KnownFile* f : folder_->files) by_path_.emplace(f->path, f);
  }
  const KnownFile* Find(std::string_view relative) const {
    if (folder_ == nullptr) return nullptr;
    if (folder_->files.size() > kScanned) {
      const auto it = by_path_.find(relative);
      return it == by_path_.end() ? nullptr : it->second;
    }
    for (const KnownFile* f : folder_->files)
      if (f->path == relative) return f;
    return nullptr;
  }

 private:
  static constexpr size_t kScanned = 16;
  const Folder* folder_;
  std::unordered_map<std::string_view, const KnownFile*> by_path_;
};

}  // namespace

SettledListing ListSettledTree(const std::string& root, const std::vector<KnownFile>& known,
                               int64_t settled_ns) {
  std::unordered_map<std::string_view, Folder> folders = FoldersOf(known);
  if (settled_ns > 0) MarkSettled(root, settled_ns, &folders);
  SettledListing listing;
  listing.present.assign(known.size(), false);
  const auto mark = [&](const KnownFile* f) {
    listing.present[static_cast<size_t>(f - known.data())] = true;
  };
  // Each folder to look at, and whether it is in others already (listed by
  // its parent, which was read).
  std::deque<std::pair<std::string, bool>> pending = {{"", true}};
  while (!pending.empty()) {
    const auto [dir, listed] = std::move(pending.front());
    pending.pop_front();
    const auto folder = folders.find(dir);
    if (folder != folders.end() && folder->second.settled) {
      for (const KnownFile* f : folder->second.files) mark(f);
      for (const std::string_view sub : folder->second.folders)
        pending.emplace_back(std::string(sub), false);
      continue;
    }
    // A changed folder is listed even under an unchanged one: it may have
    // been emptied by hand, and then nothing in it says it is there.
    if (!listed) listing.others.push_back(FolderEntry(dir));
    const KnownFiles files(folder == folders.end() ? nullptr : &folder->second);
    const std::string prefix = dir.empty() ? "" : dir + "/";
    WalkTree(dir.empty() ? root : root + "/" + dir, [&](const TreeEntry& e) {
      const std::string relative = prefix + e.relative;
      const KnownFile* f = S_ISREG(e.mode) ? files.Find(relative) : nullptr;
      if (f != nullptr && f->size == e.size) {
        mark(f);
        return false;
      }
      listing.others.push_back(e);
      listing.others.back().relative = relative;
      if (S_ISDIR(e.mode)) pending.emplace_back(relative, true);
      return false;  // one level: its folders are pending
    });
  }
  return listing;
}

}  // namespace renkei
