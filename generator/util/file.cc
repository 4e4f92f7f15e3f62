#include "util/file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

namespace renkei {

Fd::~Fd() {
  if (fd_ >= 0) ::close(fd_);
}

FileRead ReadFileUpTo(const std::string& path, uint64_t max_bytes, std::string* bytes) {
  return ReadFileUpTo(AT_FDCWD, path.c_str(), max_bytes, bytes);
}

FileRead ReadFileUpTo(int dir_fd, const char* path, uint64_t max_bytes, std::string* bytes,
                      uint64_t listed_size) {
  FileRead r;
  bytes->clear();
  const Fd fd(::openat(dir_fd, path, O_RDONLY | O_CLOEXEC));
  struct stat st = {};
  st.st_mode = S_IFREG;
  st.st_size = static_cast<off_t>(listed_size);
  // A listed regular file needs no fstat (a tenth of reading a national
  // site's pages): if it changed since, the read below finds out.
  const bool listed = listed_size != kNotListed;
  if (fd.get() < 0 || (!listed && ::fstat(fd.get(), &st) != 0)) {
    r.error = errno;
    return r;
  }
  r.size = static_cast<uint64_t>(st.st_size);
  if (S_ISDIR(st.st_mode)) {
    r.status = ReadStatus::kIsDirectory;
    return r;
  }
  if (r.size > max_bytes) {
    r.status = ReadStatus::kTooLarge;
    return r;
  }
  // One byte more than the size: a read that fills it means the file grew, or
  // is not a regular file (size 0), and the loop reads on.
  bytes->resize(static_cast<size_t>(r.size) + 1);
  size_t done = 0;
  for (;;) {
    if (done == bytes->size()) bytes->resize(bytes->size() * 2);
    const ssize_t n = ::read(fd.get(), bytes->data() + done, bytes->size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      r.error = errno;
      r.status = ReadStatus::kReadError;
      bytes->clear();
      return r;
    }
    if (n == 0) break;
    done += static_cast<size_t>(n);
    if (done > max_bytes) {  // it grew past the limit since its size was known
      r.status = ReadStatus::kTooLarge;
      r.size = done;
      bytes->clear();
      return r;
    }
    // Less than asked of a regular file is its end: no second read for it.
    if (S_ISREG(st.st_mode) && done < bytes->size() && done >= r.size) break;
  }
  bytes->resize(done);
  r.status = ReadStatus::kOk;
  return r;
}

bool ReplaceFile(const std::string& path, std::string_view bytes, std::string* error) {
  const auto fail = [&](const std::string& what) {
    *error = what + ": " + std::strerror(errno);
    return false;
  };
  // Named by this process and a count, made with O_EXCL: not mkstemp, whose
  // 0600 would ignore the umask that a new file is made with.
  static std::atomic<unsigned> count{0};
  const size_t slash = path.rfind('/') + 1;  // 0 when there is none
  const std::string prefix = path.substr(0, slash) + "." + path.substr(slash) + ".renkei-" +
                             std::to_string(::getpid()) + "-";
  std::string temp;
  int fd = -1;
  for (int tries = 0; fd < 0 && tries < 100; ++tries) {
    temp = prefix + std::to_string(count++);
    fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) return fail("cannot write " + path);
  struct stat old;
  bool ok = ::stat(path.c_str(), &old) != 0 || ::fchmod(fd, old.st_mode & 07777) == 0;
  for (size_t done = 0; ok && done < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = EIO;  // no progress, and no reason given
    if (n <= 0) ok = false;
    if (n > 0) done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) ok = false;
  if (ok && ::rename(temp.c_str(), path.c_str()) == 0) return true;
  const int why = errno;
  ::unlink(temp.c_str());
  errno = why;
  return fail("cannot write " + path);
}

MappedFile::MappedFile(const std::string& path, Reading reading) {
  const Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  struct stat st;
  if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0)
    return;
  const int flags = MAP_PRIVATE | (reading == Reading::kWhole ? MAP_POPULATE : 0);
  void* p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, flags, fd.get(), 0);
  if (p == MAP_FAILED) return;
  data_ = static_cast<char*>(p);
  size_ = static_cast<size_t>(st.st_size);
}

MappedFile::~MappedFile() {
  if (data_) ::munmap(data_, size_);
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    if (data_) ::munmap(data_, size_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

}  // namespace renkei
