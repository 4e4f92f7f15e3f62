// The file system's word on each input: size, modification and change times
// and inode, as lstat gave them when the last build listed its inputs, with
// the hash of its contents (git's index idea). A file whose stamp is unchanged
// need not be read again to know its hash. Kept apart from the manifest (.renkei/stamps): stamps
// are of this machine and this checkout, the manifest only of the inputs.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "util/file_tree.h"

namespace renkei {

struct FileStamp {
  int64_t size = 0, mtime_ns = 0, ctime_ns = 0;
  uint64_t inode = 0;
  bool operator==(const FileStamp&) const = default;
};

FileStamp StampOf(const TreeEntry& e);

class Stamps {
 public:
  struct Entry {
    FileStamp stamp;
    uint64_t hash = 0;
    bool operator==(const Entry&) const = default;
  };
  /// A name and its entry; the name views the stamps' own text, or the
  /// build's list of inputs.
  using Named = std::pair<std::string_view, Entry>;

  /// When the build that took them started listing its inputs (ns since the epoch).
  int64_t taken_ns() const { return taken_ns_; }
  /// In the order the build that took them listed its inputs.
  const std::vector<Named>& files() const { return files_; }

  /// True, with the hash it had, when `name` has `now` as its stamp and was
  /// last changed well before the stamps were taken: a change in the same
  /// clock tick as the previous one (ctime is coarse, a few ms) could
  /// otherwise leave the stamp alike. `at` is where the name is looked for
  /// first: a build lists its inputs in the order the last one did, so its
  /// i-th input is mostly the i-th stamp, found without a table of 10,000
  /// names (making and searching one took ~3 ms of a no-change rebuild's CPU
  /// at N = 10,000).
  bool Unchanged(std::string_view name, size_t at, const FileStamp& now, uint64_t* hash) const;

  /// True when a file with the stamp `s` was last changed well before stamps
  /// taken at `taken_ns`: a later change will show in its stamp.
  static bool Settled(const FileStamp& s, int64_t taken_ns);

  /// The text of the stamps of `files`, taken at `taken_ns`: from a list, as
  /// a build has them, not from a table of 10,000 names made for it.
  static std::string Serialize(int64_t taken_ns, const std::vector<Named>& files);
  /// False (and no stamps) when `text` is not a stamps file of this version.
  static bool Parse(std::string text, Stamps* s);

 private:
  /// The text parsed, which the names view, and the table of names made
  /// the first time a name is not where it was looked for.
  struct Text {
    std::string text;
    std::once_flag indexed;
    std::unordered_map<std::string_view, size_t> index;
  };
  /// Where `name` is in files_, or files_.size().
  size_t Find(std::string_view name, size_t at) const;

  int64_t taken_ns_ = 0;
  std::vector<Named> files_;
  std::unique_ptr<Text> text_;  // on the heap: a once_flag cannot be moved
};

constexpr const char* kStampsPath = ".renkei/stamps";

}  // namespace renkei
