// Reading a whole file: the one helper for every stage (sources, caches,
// Chromium's output).
#pragma once

#include <cstdint>
#include <limits>
#include <string>

namespace renkei {

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

/// ReadFileUpTo without a size limit; false if the file cannot be read.
inline bool ReadFile(const std::string& path, std::string* bytes) {
  return ReadFileUpTo(path, std::numeric_limits<uint64_t>::max(), bytes).status == ReadStatus::kOk;
}

}  // namespace renkei
