// Files already read in this build, handed to whoever reads them next. The
// fingerprint reads every new or changed content file to hash it; the loaders
// then take those bytes instead of opening and reading the file again (10,000
// opens and 48 MB of reads in a full build at N = 10,000). What is loaded is
// then also exactly what was hashed, even if a file changes during the build.
#pragma once

#include <string>
#include <unordered_map>

namespace renkei {

class FilesRead {
 public:
  /// Keeps the bytes of the file `name`; before any Take (not thread-safe).
  void Add(std::string name, std::string bytes) { files_[std::move(name)] = {std::move(bytes)}; }
  /// Moves the bytes of `name` into `bytes`, once; false when they were not
  /// kept or were taken already. Thread-safe for distinct names.
  bool Take(const std::string& name, std::string* bytes) {
    auto it = files_.find(name);
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
  std::unordered_map<std::string, Kept> files_;
};

}  // namespace renkei
