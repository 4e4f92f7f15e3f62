// Reading a whole file: the one helper for every stage (sources, caches,
// Chromium's output); and replacing one whole, never half-written.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace renkei {

/// An open file descriptor (or -1), closed when this goes.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd();
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

/// What ReadFileUpTo found.
enum class ReadStatus { kOk, kCannotOpen, kIsDirectory, kTooLarge, kReadError };

struct FileRead {
  ReadStatus status = ReadStatus::kCannotOpen;
  uint64_t size = 0;  ///< The file's size when it was opened.
  int error = 0;      ///< errno for kCannotOpen and kReadError.
};

/// Reads the file at `path` into `bytes`: one open, one fstat and a read of its
/// size (plus whatever was appended meanwhile). A directory or a file over
/// `max_bytes` is not read. Plain POSIX calls: loading 10,000 pages through
/// ifstream and std::filesystem cost nine system calls per page, this four.
FileRead ReadFileUpTo(const std::string& path, uint64_t max_bytes, std::string* bytes);
/// ReadFileUpTo of `path` relative to the open folder `dir_fd` (as openat):
/// reading many files of one folder, their opens need not walk its path. With
/// `listed_size`, the size a listing just found it a regular file of, without
/// an fstat (a file that grew since is still read whole).
inline constexpr uint64_t kNotListed = ~uint64_t{0};
FileRead ReadFileUpTo(int dir_fd, const char* path, uint64_t max_bytes, std::string* bytes,
                      uint64_t listed_size = kNotListed);

/// ReadFileUpTo without a size limit; false if the file cannot be read.
inline bool ReadFile(const std::string& path, std::string* bytes) {
  return ReadFileUpTo(path, std::numeric_limits<uint64_t>::max(), bytes).status == ReadStatus::kOk;
}

/// Replaces the file at `path` with `bytes` (or creates it): written in full
/// to a temporary file beside it, then renamed over it, so that a reader sees
/// the old file or the new one, never a part. The temporary file's name is
/// hidden (.name.renkei-PID-N): no loader reads it and `renkei serve` does
/// not watch it. The old file's permissions are kept. False, with `error`
/// ("cannot write …: why"), when it fails; then `path` is as it was.
bool ReplaceFile(const std::string& path, std::string_view bytes, std::string* error);

/// A whole file mapped read-only: for renkei's own bookkeeping files of tens
/// of megabytes, read without a copy (reading one into a string cost a
/// zero-fill and a copy of all of it). Empty when the file cannot be mapped.
class MappedFile {
 public:
  /// kWhole maps every page of the file at once (one system call, for a file
  /// read through); kOnDemand leaves each to the first read of it, for a file
  /// of which a build reads a small part.
  enum class Reading { kWhole, kOnDemand };

  MappedFile() = default;
  explicit MappedFile(const std::string& path, Reading reading = Reading::kWhole);
  ~MappedFile();
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view bytes() const { return {data_, size_}; }

 private:
  char* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace renkei
