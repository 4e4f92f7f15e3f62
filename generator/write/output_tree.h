// The one place that writes the output. A build writes into a staging
// directory beside the output directory; Commit() swaps it in only when the
// whole build succeeded, so a failed build leaves the previous site byte for
// byte as it was (ninja's DiskInterface idea: writing hides behind a small
// interface).
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>

namespace renkei {

/// True when `relative` is a safe path inside the output: not empty, not
/// absolute, no "..", ".", empty or backslash parts, no NUL, no drive letters.
bool IsSafeOutputPath(std::string_view relative);

/// Write, PathFor and Copy may be called from several threads at once (pages,
/// workbooks and open data are written in parallel); Commit may not.
class OutputTree {
 public:
  /// Prepares a fresh staging directory next to `out_dir`. On failure,
  /// error() says why and every later call fails.
  explicit OutputTree(std::string out_dir);
  /// Removes the staging directory when the build was not committed.
  ~OutputTree();
  OutputTree(const OutputTree&) = delete;
  OutputTree& operator=(const OutputTree&) = delete;

  bool ok() const { return !failed_; }
  /// The first error; read it only when no other thread is writing.
  const std::string& error() const { return error_; }

  /// Writes a file at `relative` (creating folders). False, with error(), when
  /// the path is unsafe or the write fails.
  bool Write(std::string_view relative, std::string_view bytes);
  /// The staging path for `relative` with its folder created, for libraries
  /// that write files themselves (libxlsxwriter). "" when the path is unsafe.
  std::string PathFor(std::string_view relative);
  /// Copies a file into the output.
  bool Copy(const std::string& source, std::string_view relative);

  /// Swaps the staging directory in as `out_dir`. After this the previous
  /// output is gone and the new one complete.
  bool Commit();

  size_t files_written() const { return files_.load(); }
  const std::string& staging_dir() const { return staging_; }

 private:
  bool Fail(std::string message);
  /// Creates the folder (and its parents) of a staging path once per build.
  bool MakeParent(const std::string& path);

  std::string out_dir_;
  std::string staging_;
  std::mutex mu_;  // guards error_ and made_dirs_
  std::string error_;
  std::atomic<bool> failed_{false};
  std::unordered_set<std::string> made_dirs_;  // folders known to exist
  std::atomic<size_t> files_{0};
  bool committed_ = false;
};

/// Why `out_dir` must not be used as output (it is the content directory, one
/// of its parents, /, or the home directory); "" when it is fine.
std::string RefuseOutputDir(const std::string& out_dir, const std::string& content_dir);

}  // namespace renkei
