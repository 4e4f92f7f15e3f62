// Walking a directory tree: the one walker for the build's fingerprint, the
// output's clean-up and `renkei serve`'s watcher. Each directory is read by its
// own descriptor and each entry stat'ed relative to it (fstatat): a path from
// / to every file of a national site was most of a no-change build's time.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace renkei {

/// An entry as lstat gives it (links are not followed), with only what renkei
/// reads of it: a whole struct stat (144 bytes) made the listings of a
/// national site's 21,000 outputs and 10,300 inputs twice as large, memory
/// every rebuild faults in afresh (500 of a one-page edit's 17,350 faults).
struct TreeEntry {
  std::string relative;  ///< "pages/p009/a.md", from the root, with / between names.
  mode_t mode = 0;       ///< Type and permission bits (st_mode).
  uint64_t size = 0;
  int64_t mtime_ns = 0, ctime_ns = 0;  ///< Since the epoch.
  uint64_t inode = 0;
  std::string link;  ///< For a symbolic link, where it points.

  /// The fields of `st`.
  void Set(const struct stat& st);
};

/// Calls `visit` for every entry under `root` (not for `root` itself), each
/// directory's entries before those of the directories below it. Directories
/// are entered when `visit` returns true for them; links never are. Entries
/// that vanish or cannot be read while the walk goes on are skipped. False
/// when `root` itself cannot be opened as a directory.
/// With `types_only`, an entry holds only its type (mode), as the
/// directory listing gives it, and a link's target is not read: one system
/// call per directory instead of one per entry.
bool WalkTree(const std::string& root, const std::function<bool(const TreeEntry&)>& visit,
              bool types_only = false);

/// Every entry under `root`, in the order WalkTree gives them (breadth first,
/// so each folder comes before what is in it), the folders listed on every
/// core (a national site has 10,000 pages in a few folders). The order is the
/// same whatever the threads did. Empty when `root` cannot be opened.
std::vector<TreeEntry> ListTree(const std::string& root, bool types_only = false);

}  // namespace renkei
