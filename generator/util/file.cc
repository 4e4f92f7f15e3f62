#include "util/file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

namespace renkei {

namespace {

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

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
