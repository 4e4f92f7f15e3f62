// Listing a recycled output tree without reading every folder of it. Adding,
// removing or renaming an entry of a folder changes the folder's change time
// (ctime), which nothing can set back: a folder whose ctime is before the
// moment its build finished still holds just what that build wrote there. Its
// entries are then known from that build's manifest, and the folder costs one
// stat instead of an open, a read and a close, plus a stat per entry (10,000
// page folders at N = 10,000: 0.07 s of CPU).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/file_tree.h"

namespace renkei {

/// A file a build wrote, as its manifest lists it.
struct KnownFile {
  std::string_view path;  ///< Relative to the tree: "news/a/index.html".
  uint64_t size = 0;
};

/// Every entry under `root`, each folder before what is in it, as ListTree
/// gives them. `known`: the files the tree's build wrote; `settled_ns`: when
/// it finished (ns since the epoch; 0 = unknown: every folder is read). Known
/// files of an unchanged folder are listed as regular files of their recorded
/// size; everything else as the file system says.
std::vector<TreeEntry> ListSettledTree(const std::string& root, const std::vector<KnownFile>& known,
                                       int64_t settled_ns);

}  // namespace renkei
