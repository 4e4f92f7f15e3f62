// What the build's fingerprint saw of the content directory, handed to the
// loaders so that they need not look again: its entries (listing a national
// site's pages again took 9 ms of a 140 ms rebuild), the bytes of the record
// files it read to hash them, and the hashes of the pages it read. A page's
// bytes are not kept: its loader reads it again and the renderer once more,
// so that a national site's pages are never all in memory at once (holding
// them from the fingerprint to the render was half of the peak memory of a
// 100,000-page build, and reading them again cost no time: bench/README.md).
// Either way, what is loaded is exactly what was hashed, even if a file
// changes while the build runs: a page read again must have the same hash.
#pragma once

#include <sys/types.h>

#include <cstdint>
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
    files_[std::move(relative)] = {std::move(bytes), false, std::nullopt};
  }
  /// Keeps only the hash of the file `relative`, whose bytes its loader reads
  /// again; before any Take (not thread-safe).
  void AddHash(std::string relative, uint64_t hash) {
    files_[std::move(relative)] = {{}, false, hash};
  }
  /// Moves the bytes of `relative` into `bytes`, once; false when they were
  /// not kept or were taken already. Thread-safe for distinct names.
  bool Take(const std::string& relative, std::string* bytes) {
    auto it = files_.find(relative);
    if (it == files_.end() || it->second.taken || it->second.hash) return false;
    *bytes = std::move(it->second.bytes);
    it->second.taken = true;
    return true;
  }
  /// The hash of `relative` when only that was kept (AddHash). Thread-safe.
  std::optional<uint64_t> HashOf(const std::string& relative) const {
    auto it = files_.find(relative);
    return it == files_.end() ? std::nullopt : it->second.hash;
  }

 private:
  struct Kept {
    std::string bytes;
    bool taken = false;
    std::optional<uint64_t> hash;  // AddHash: the bytes were not kept
  };
  std::optional<std::vector<Entry>> entries_;
  std::unordered_map<std::string, Kept> files_;
};

}  // namespace renkei
