// What the build's fingerprint saw of the content directory, handed to the
// loaders so that they need not look again: its entries (listing a national
// site's pages again took 9 ms of a 140 ms rebuild) and the bytes of every
// file it read to hash it (10,000 opens and 48 MB of reads in a full build at
// N = 10,000). What is loaded is then also exactly what was hashed, even if a
// file changes while the build runs.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace renkei {

class ScannedContent {
 public:
  struct Entry {
    std::string relative;  ///< "pages/p001/a.md"
    mode_t type = 0;       ///< S_IFREG, S_IFDIR, S_IFLNK... (links not followed)
  };
  /// Every entry under the content directory, each folder before what is in it.
  void SetEntries(std::vector<Entry> entries) { entries_ = std::move(entries); }
  /// The entries, or null when none were given (then the loaders list).
  const std::vector<Entry>* entries() const { return entries_ ? &*entries_ : nullptr; }

  /// Keeps the bytes of the file `relative`; before any Take (not thread-safe).
  void Add(std::string relative, std::string bytes) {
    files_[std::move(relative)] = {std::move(bytes)};
  }
  /// Moves the bytes of `relative` into `bytes`, once; false when they were
  /// not kept or were taken already. Thread-safe for distinct names.
  bool Take(const std::string& relative, std::string* bytes) {
    auto it = files_.find(relative);
    if (it == files_.end() || it->second.taken) return false;
    *bytes = std::move(it->second.bytes);
    it->second.taken = true;
    return true;
  }

 private:
  struct Kept {
    std::string bytes;
    bool taken = false;
  };
  std::optional<std::vector<Entry>> entries_;
  std::unordered_map<std::string, Kept> files_;
};

}  // namespace renkei
