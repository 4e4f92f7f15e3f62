// The one place that writes the output. A build writes into a staging
// directory beside the output directory; Commit() swaps it in only when the
// whole build succeeded, so a failed build leaves the previous site byte for
// byte as it was (ninja's DiskInterface idea: writing hides behind a small
// interface).
#pragma once

#include <sys/stat.h>

#include <array>
#include <atomic>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "util/file_tree.h"
#include "util/string_map.h"

namespace renkei {

/// True when `relative` is a safe path inside the output: not empty, not
/// absolute, no "..", ".", empty or backslash parts, no NUL, no drive letters.
bool IsSafeOutputPath(std::string_view relative);

/// What a file of the output is, for the build's summary line.
enum class OutputKind { kPage, kWorkbook, kPamphlet, kDataFile, kOther };
constexpr size_t kOutputKinds = 5;
OutputKind KindOf(std::string_view relative);

/// A file of the output: the key it was rendered under (see OutputTree::Reuse)
/// and its size, when known without asking the file system.
struct OutputFile {
  static constexpr uint64_t kUnknownSize = ~uint64_t{0};
  uint64_t key = 0;
  uint64_t size = kUnknownSize;
};

/// A file of a recycled tree: as its build recorded it, whether it is still
/// there as a regular file of that size (ListRecycledTree), and whether this
/// build keeps it (Reuse).
struct RecycledFile {
  OutputFile file;
  bool present = false;
  bool kept = false;  // set through std::atomic_ref: pages are taken over on every core
};

/// An output tree (the spare, from two builds ago) as listed before a build
/// takes it over: the files its own build recorded (from its manifest), and
/// what else is there now (see settled_listing.h).
struct RecycledTree {
  StringMap<RecycledFile> files;
  std::vector<TreeEntry> others;
};
/// Lists `tree`, written with `files` by a build that finished at
/// `finished_ns` (ns since the epoch; 0 if unknown).
RecycledTree ListRecycledTree(const std::string& tree, StringMap<RecycledFile> files,
                              int64_t finished_ns);

/// Write, PathFor, Copy and Reuse may be called from several threads at once (pages,
/// workbooks and open data are written in parallel); Commit may not.
class OutputTree {
 public:
  /// Prepares a staging directory next to `out_dir`. With `recycle`, that is
  /// the tree from two builds ago, kept in `out_dir`/.renkei/spare by the last
  /// Commit: files it already has with the right key (SetRecycled) need no
  /// work at all, the rest are replaced and what this build does not write is
  /// removed before the swap. Otherwise, and when there is no spare, an empty
  /// one. On failure, error() says why and every later call fails.
  explicit OutputTree(std::string out_dir, bool recycle = false);
  /// Removes the staging directory when the build was not committed.
  ~OutputTree();
  OutputTree(const OutputTree&) = delete;
  OutputTree& operator=(const OutputTree&) = delete;

  bool ok() const { return !failed_; }
  /// The first error; read it only when no other thread is writing.
  const std::string& error() const { return error_; }

  /// Writes a file at `relative` (creating folders). False, with error(), when
  /// the path is unsafe or the write fails. `key` (see Reuse) is recorded for
  /// the next build; 0 means the file is always rendered anew.
  bool Write(std::string_view relative, std::string_view bytes, uint64_t key = 0);
  /// The staging path for `relative` with its folder created, for libraries
  /// that write files themselves (libxlsxwriter). "" when the path is unsafe.
  std::string PathFor(std::string_view relative, uint64_t key = 0);

  /// The previous build's output and the key and size of each of its files
  /// (from its manifest), for Reuse.
  void SetPrevious(std::string dir, StringMap<OutputFile> files);
  /// True when the staging directory is a recycled tree.
  bool recycled() const { return recycled_; }
  /// The recycled tree as ListRecycledTree found it, before this build writes
  /// into it: what this build does not record of it goes before the swap.
  void SetRecycled(RecycledTree tree);
  /// SetRecycled of the staging directory listed now.
  void SetRecycled(const StringMap<OutputFile>& files, int64_t finished_ns = 0);
  /// True when the recycled tree or the previous output has `relative` written
  /// with this same (nonzero) key: the file is then kept, or hard-linked (or
  /// copied) from the previous output, and need not be rendered. A key must
  /// cover everything the file depends on.
  bool Reuse(std::string_view relative, uint64_t key);
  /// The previous output's file at `relative` when it had this key, else "".
  std::string PreviousPath(std::string_view relative, uint64_t key) const;
  /// The key the previous build recorded for `relative`; 0 when it has none.
  uint64_t PreviousKey(std::string_view relative) const;
  /// Copies a file into the output; `key` as for Write.
  bool Copy(const std::string& source, std::string_view relative, uint64_t key = 0);

  /// Swaps the staging directory in as `out_dir`. After this the new output is
  /// complete, and the previous one is `out_dir`/.renkei/spare (with recycling)
  /// or gone.
  bool Commit();

  size_t files_written() const { return written_.load(); }
  size_t files_reused() const { return reused_.load(); }
  /// How many files of a kind this build has (written or reused).
  size_t Count(OutputKind kind) const { return Counts()[static_cast<size_t>(kind)]; }
  /// How many files of each kind, by OutputKind, in one pass.
  std::array<size_t, kOutputKinds> Counts() const;
  /// Every file of this build with its key and size, in no order (the
  /// manifest sorts them). The size is kUnknownSize for files written by
  /// others (PathFor).
  std::vector<std::pair<std::string, OutputFile>> Files() const;
  const std::string& staging_dir() const { return staging_; }
  /// The previous output given to SetPrevious; "" when there is none.
  const std::string& previous_dir() const { return previous_dir_; }

 private:
  bool Fail(std::string message);
  /// Creates the folder (and its parents) of a path relative to the staging
  /// directory.
  bool MakeParent(std::string_view relative);
  /// Creates `dir` (relative to the staging directory) and the folders above it.
  bool MakeDir(const std::string& dir);
  bool MakeNewDir(const std::string& dir);      // in a new staging directory
  bool MakeCheckedDir(const std::string& dir);  // in a recycled tree
  bool ReplaceWithDir(const std::string& dir);  // a file or link there: a folder in its place
  void Record(std::string_view relative, OutputFile file);
  /// Calls visit(path, file) for each file of this build: written, or kept.
  template <class Visit>
  void ForEachFile(Visit visit) const;
  /// Checks that `relative` is safe, makes its folder and, in a recycled
  /// tree, clears the path itself; false on failure.
  bool Prepare(const std::string& relative);
  /// The staging path of `relative` after Prepare; "" on failure.
  std::string StagingPath(std::string_view relative);
  /// In a recycled tree, removes what is at `relative` (a file of an older build,
  /// maybe hard-linked into the live output, which must not be written through).
  bool ClearPath(const std::string& relative);
  /// In a recycled tree, after everything was written: removes the files and
  /// folders this build did not write or keep.
  bool RemoveUnrecorded();
  /// After the swap: keeps the previous output `old` as the spare, or removes it.
  void SetAside(const std::string& old);

  std::string out_dir_;
  std::string staging_;
  int staging_fd_ = -1;    // staging_ opened: files are made relative to it
  mutable std::mutex mu_;  // guards error_, made_dirs_ and files_
  std::mutex replace_mu_;  // one thread at a time replaces an entry with a folder
  std::string error_;
  std::atomic<bool> failed_{false};
  StringSet made_dirs_;  // in a recycled tree: the folders checked, relative to staging_
  StringMap<OutputFile> files_;
  std::atomic<size_t> written_{0}, reused_{0};
  std::string previous_dir_;
  StringMap<OutputFile> previous_files_;
  bool recycle_ = false;   // keep the previous output as the next build's spare
  bool recycled_ = false;  // staging_ is an older build's tree
  /// The recycled tree's files: those this build keeps are not in files_
  /// (10,000 pages at N = 10,000 taken over on every core without a lock).
  StringMap<RecycledFile> recycled_files_;
  bool is_listed_ = false;
  std::vector<TreeEntry> others_;  // what else the recycled tree held before this build wrote
  /// Removes `relative` from the staging tree, and the folders above it that
  /// this leaves empty.
  void Remove(std::string_view relative, bool folder = false);
  bool committed_ = false;
};

/// Where Commit keeps the previous output for the next build to recycle.
constexpr const char* kSparePath = ".renkei/spare";

/// Removes `<out_dir>.staging-*` and `<out_dir>.old-*` left by a build that was
/// killed. Call it only while holding the OutputLock.
void RemoveStaleStaging(const std::string& out_dir);

/// Serializes builds into the same output: two `renkei build` runs at once
/// would otherwise race to swap their trees in. The second one waits (saying
/// so on `waiting`) until the first is done.
class OutputLock {
 public:
  OutputLock(const std::string& out_dir, std::ostream* waiting);
  ~OutputLock();
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;

 private:
  int fd_ = -1;
};

/// Why `out_dir` must not be used as output (it is the content directory, one
/// of its parents, /, or the home directory); "" when it is fine.
std::string RefuseOutputDir(const std::string& out_dir, const std::string& content_dir);

}  // namespace renkei
