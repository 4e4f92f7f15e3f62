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

/// What is under a tree, told apart from what its build wrote there.
struct SettledListing {
  /// By index into the known files: there, as a regular file of its size.
  std::vector<bool> present;
  /// Every other entry found, each folder before what is in it: the folders
  /// and files of the folders that were read, except the known files present.
  /// The folders of an unchanged folder are known, and not listed.
  std::vector<TreeEntry> others;
};

/// Lists the tree at `root`. `known`: the files the tree's build wrote;
/// `settled_ns`: when it finished (ns since the epoch; 0 = unknown: every
/// folder is read). The known files of an unchanged folder are present
/// without being looked at; a changed folder is read.
SettledListing ListSettledTree(const std::string& root, const std::vector<KnownFile>& known,
                               int64_t settled_ns);

}  // namespace renkei
