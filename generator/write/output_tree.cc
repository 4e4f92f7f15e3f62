#include "write/output_tree.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "util/file_tree.h"
#include "util/parallel.h"
#include "write/settled_listing.h"

namespace renkei {

namespace fs = std::filesystem;

bool IsSafeOutputPath(std::string_view rel) {
  if (rel.empty() || rel.front() == '/' || rel.find('\0') != std::string_view::npos ||
      rel.find('\\') != std::string_view::npos || rel.find(':') != std::string_view::npos)
    return false;
  size_t start = 0;
  while (start <= rel.size()) {
    size_t end = rel.find('/', start);
    if (end == std::string_view::npos) end = rel.size();
    const std::string_view part = rel.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

OutputTree::OutputTree(std::string out_dir, bool recycle)
    : out_dir_(std::move(out_dir)), recycle_(recycle) {
  while (out_dir_.size() > 1 && out_dir_.back() == '/') out_dir_.pop_back();
  std::string pattern = out_dir_ + ".staging-XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) {
    Fail("cannot create a staging directory beside " + out_dir_ + ": " +
         std::error_code(errno, std::generic_category()).message());
    return;
  }
  staging_ = pattern;
  // The spare replaces the empty staging directory in one rename: from then on
  // it has a staging name, so a build killed now leaves it for the next build
  // to remove (RemoveStaleStaging), never half-updated in the live output.
  const std::string spare = out_dir_ + "/" + kSparePath;
  if (recycle && ::rename(spare.c_str(), staging_.c_str()) == 0) recycled_ = true;
  staging_fd_ = ::open(staging_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (staging_fd_ < 0) Fail("cannot open " + staging_ + ": " + std::strerror(errno));
}

OutputTree::~OutputTree() {
  if (staging_fd_ >= 0) ::close(staging_fd_);
  if (!committed_ && !staging_.empty()) {
    std::error_code ec;
    fs::remove_all(staging_, ec);
  }
}

bool OutputTree::Fail(std::string message) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!failed_) error_ = std::move(message);
  failed_ = true;
  return false;
}

bool OutputTree::MakeParent(std::string_view relative) {
  const size_t slash = relative.rfind('/');
  return slash == std::string_view::npos || MakeDir(std::string(relative.substr(0, slash)));
}

bool OutputTree::MakeDir(const std::string& dir) {
  return recycled_ ? MakeCheckedDir(dir) : MakeNewDir(dir);
}

bool OutputTree::MakeNewDir(const std::string& dir) {
  // A new staging folder holds only what this build made. Pages each have a
  // folder of their own (a/b/index.html), so this runs once per page: one
  // mkdir, and the folders above only when it finds them missing, without a
  // table of the folders made (two locks a page, on which the cores waited).
  // Two threads may race to make the same folder, which EEXIST covers.
  if (::mkdirat(staging_fd_, dir.c_str(), 0777) == 0 || errno == EEXIST) return true;
  const size_t up = dir.rfind('/');
  if (errno == ENOENT && up != std::string::npos && MakeNewDir(dir.substr(0, up)) &&
      (::mkdirat(staging_fd_, dir.c_str(), 0777) == 0 || errno == EEXIST))
    return true;
  return ok() && Fail("cannot create " + staging_ + "/" + dir + ": " + std::strerror(errno));
}

bool OutputTree::MakeCheckedDir(const std::string& dir) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (made_dirs_.count(dir)) return true;
  }
  // A recycled tree is an older build's, which a hand may have changed: each
  // folder is checked once, the folders above first, for a file or a link
  // where this build needs a folder (a link would lead the files below it out
  // of the output).
  const size_t up = dir.rfind('/');
  if (up != std::string::npos && !MakeCheckedDir(dir.substr(0, up))) return false;
  if (::mkdirat(staging_fd_, dir.c_str(), 0777) != 0 && (errno != EEXIST || !ReplaceWithDir(dir)))
    return Fail("cannot create " + staging_ + "/" + dir + ": " + std::strerror(errno));
  std::lock_guard<std::mutex> lock(mu_);
  made_dirs_.insert(dir);
  return true;
}

bool OutputTree::ReplaceWithDir(const std::string& dir) {
  // Every thread making a folder below `dir` may find the file or link there
  // before one of them has replaced it: one at a time, each looks again, and
  // the first replaces it (unlocked, the others failed to: "File exists").
  std::lock_guard<std::mutex> lock(replace_mu_);
  const auto is_dir = [&] {
    struct stat st;
    return ::fstatat(staging_fd_, dir.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
           S_ISDIR(st.st_mode);
  };
  if (is_dir()) return true;
  if (::unlinkat(staging_fd_, dir.c_str(), 0) != 0 && errno != ENOENT) return false;
  // A thread not here yet may have made it since, with its first mkdirat.
  return ::mkdirat(staging_fd_, dir.c_str(), 0777) == 0 || (errno == EEXIST && is_dir());
}

OutputKind KindOf(std::string_view rel) {
  if (rel.starts_with(".renkei/")) return OutputKind::kOther;
  if (rel.ends_with(".xlsx")) return OutputKind::kWorkbook;
  if (rel.starts_with("print/"))
    return rel.ends_with(".html") ? OutputKind::kPamphlet : OutputKind::kOther;
  if (rel.ends_with(".html")) return OutputKind::kPage;
  if (rel.starts_with("data/")) return OutputKind::kDataFile;
  return OutputKind::kOther;
}

void OutputTree::Record(std::string_view relative, OutputFile file) {
  std::lock_guard<std::mutex> lock(mu_);
  files_.insert_or_assign(std::string(relative), file);
}

template <class Visit>
void OutputTree::ForEachFile(Visit visit) const {
  std::lock_guard<std::mutex> lock(mu_);
  for (const auto& [path, file] : files_) visit(path, file);
  for (const auto& [path, f] : recycled_files_)
    if (f.kept && !files_.count(path)) visit(path, f.file);  // unless written anew
}

std::array<size_t, kOutputKinds> OutputTree::Counts() const {
  std::array<size_t, kOutputKinds> counts{};
  ForEachFile([&](const std::string& path, const OutputFile&) {
    ++counts[static_cast<size_t>(KindOf(path))];
  });
  return counts;
}

std::vector<std::pair<std::string, OutputFile>> OutputTree::Files() const {
  std::vector<std::pair<std::string, OutputFile>> files;
  files.reserve(files_.size() + recycled_files_.size());
  ForEachFile(
      [&](const std::string& path, const OutputFile& file) { files.emplace_back(path, file); });
  return files;
}

void OutputTree::SetPrevious(std::string dir, StringMap<OutputFile> files) {
  previous_dir_ = std::move(dir);
  previous_files_ = std::move(files);
  std::lock_guard<std::mutex> lock(mu_);
  files_.reserve(previous_files_.size());  // this build records about as many
}

std::string OutputTree::PreviousPath(std::string_view relative, uint64_t key) const {
  if (key == 0 || previous_dir_.empty()) return "";
  auto it = previous_files_.find(relative);
  if (it == previous_files_.end() || it->second.key != key) return "";
  return previous_dir_ + "/" + std::string(relative);
}

uint64_t OutputTree::PreviousKey(std::string_view relative) const {
  if (previous_dir_.empty()) return 0;
  auto it = previous_files_.find(relative);
  return it == previous_files_.end() ? 0 : it->second.key;
}

RecycledTree ListRecycledTree(const std::string& tree, StringMap<RecycledFile> files,
                              int64_t finished_ns) {
  std::vector<KnownFile> known;
  std::vector<RecycledFile*> by_index;
  known.reserve(files.size());
  by_index.reserve(files.size());
  for (auto& [path, f] : files) {
    known.push_back({path, f.file.size});
    by_index.push_back(&f);
  }
  SettledListing listing = ListSettledTree(tree, known, finished_ns);
  for (size_t i = 0; i < by_index.size(); ++i) by_index[i]->present = listing.present[i];
  return {std::move(files), std::move(listing.others)};
}

void OutputTree::SetRecycled(const StringMap<OutputFile>& files, int64_t finished_ns) {
  StringMap<RecycledFile> recycled;
  recycled.reserve(files.size());
  for (const auto& [path, f] : files) recycled.emplace(path, RecycledFile{f});
  SetRecycled(ListRecycledTree(staging_, std::move(recycled), finished_ns));
}

void OutputTree::SetRecycled(RecycledTree tree) {
  recycled_files_ = std::move(tree.files);
  others_ = std::move(tree.others);
  is_listed_ = true;
}

bool OutputTree::Reuse(std::string_view relative, uint64_t key) {
  if (key == 0 || !ok() || !IsSafeOutputPath(relative)) return false;
  if (recycled_) {
    // Already there from two builds ago, as this build would write it: no work.
    auto it = recycled_files_.find(relative);
    if (it != recycled_files_.end() && it->second.present && it->second.file.key == key) {
      std::atomic_ref<bool>(it->second.kept).store(true, std::memory_order_relaxed);
      ++reused_;
      return true;
    }
  }
  const std::string from = PreviousPath(relative, key);
  const std::string rel(relative);
  if (from.empty() || !MakeParent(rel) || !ClearPath(rel)) return false;
  // A hard link costs a directory entry, not a copy; the previous tree is
  // removed after the swap, which leaves the linked file in the new one.
  if (::linkat(AT_FDCWD, from.c_str(), staging_fd_, rel.c_str(), 0) != 0) {
    std::error_code ec;
    fs::copy_file(from, staging_ + "/" + rel, fs::copy_options::overwrite_existing, ec);
    if (ec) return false;  // render it instead
  }
  Record(relative, previous_files_.find(relative)->second);
  ++reused_;
  return true;
}

bool OutputTree::Prepare(const std::string& relative) {
  if (!ok()) return false;
  if (!IsSafeOutputPath(relative))
    return Fail("refusing to write outside the output directory: \"" + relative + "\"");
  return MakeParent(relative) && ClearPath(relative);
}

std::string OutputTree::StagingPath(std::string_view relative) {
  const std::string rel(relative);
  return Prepare(rel) ? staging_ + "/" + rel : "";
}

bool OutputTree::ClearPath(const std::string& relative) {
  if (!recycled_ || ::unlinkat(staging_fd_, relative.c_str(), 0) == 0 || errno == ENOENT)
    return true;
  const std::string path = staging_ + "/" + relative;
  std::error_code ec;
  fs::remove_all(path, ec);  // a folder where this build writes a file
  return !ec || Fail("cannot replace " + path + ": " + ec.message());
}

bool OutputTree::RemoveUnrecorded() {
  if (!is_listed_) SetRecycled(ListRecycledTree(staging_, std::move(recycled_files_), 0));
  for (const auto& [relative, f] : recycled_files_)
    if (f.present && !f.kept && !files_.count(relative)) Remove(relative);
  // What its build did not write there: files put in by hand, and what this
  // build's folders replaced (MakeDir).
  for (const TreeEntry& e : others_) {
    if (S_ISDIR(e.mode) || files_.count(e.relative)) continue;
    const std::string path = staging_ + "/" + e.relative;
    struct stat st;
    if (::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
      continue;  // now this build's folder
    // A folder this build made, replaced again (a hand in .renkei/spare during
    // the build): fail rather than publish what is behind it.
    if (made_dirs_.count(e.relative))
      return Fail(out_dir_ + "/" + kSparePath +
                  " was changed by hand (a link where a folder was), so it is discarded: "
                  "build again");
    Remove(e.relative);
  }
  // Folders last, the deepest first: those left empty go.
  for (auto e = others_.rbegin(); e != others_.rend(); ++e)
    if (S_ISDIR(e->mode)) Remove(e->relative, true);
  return true;
}

void OutputTree::Remove(std::string_view relative, bool folder) {
  std::string path = staging_ + "/" + std::string(relative);
  if ((folder ? ::rmdir(path.c_str()) : ::unlink(path.c_str())) != 0) return;
  // Each folder above, up to the first that is not empty (rmdir fails).
  for (size_t slash = path.rfind('/'); slash > staging_.size(); slash = path.rfind('/')) {
    path.resize(slash);
    if (::rmdir(path.c_str()) != 0) return;
  }
}

std::string OutputTree::PathFor(std::string_view relative, uint64_t key) {
  std::string path = StagingPath(relative);
  if (path.empty()) return "";
  Record(relative, {key, OutputFile::kUnknownSize});
  ++written_;
  return path;
}

bool OutputTree::Write(std::string_view relative, std::string_view bytes, uint64_t key) {
  const std::string rel(relative);
  if (!Prepare(rel)) return false;
  // Plain POSIX calls: an ofstream per file cost more than the write itself;
  // and relative to the staging folder, not walking its path each time (8% of
  // making 10,000 pages' folders and files).
  const int fd = ::openat(staging_fd_, rel.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  const std::string path = staging_ + "/" + rel;  // for messages
  if (fd < 0) return Fail("cannot write " + path + ": " + std::strerror(errno));
  for (size_t done = 0; done < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int err = errno;
      ::close(fd);
      return Fail("cannot write " + path + ": " + std::strerror(err));
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) return Fail("cannot write " + path + ": " + std::strerror(errno));
  Record(relative, {key, bytes.size()});
  ++written_;
  return true;
}

bool OutputTree::Copy(const std::string& source, std::string_view relative, uint64_t key) {
  const std::string path = StagingPath(relative);
  if (path.empty()) return false;
  std::error_code ec;
  fs::copy_file(source, path, fs::copy_options::overwrite_existing, ec);
  if (ec) return Fail("cannot copy " + source + ": " + ec.message());
  Record(relative, {key, OutputFile::kUnknownSize});
  ++written_;
  return true;
}

void OutputTree::SetAside(const std::string& old) {
  // Kept inside the new output, where the next build finds it: a hard-linked
  // tree costs a few directory entries, and removing it would cost as much as
  // writing it did (10,000 folders: 0.2 s of a 1 s rebuild).
  const std::string spare = out_dir_ + "/" + kSparePath;
  if (recycle_ && (::mkdir((out_dir_ + "/.renkei").c_str(), 0777) == 0 || errno == EEXIST) &&
      ::rename(old.c_str(), spare.c_str()) == 0)
    return;
  std::error_code ec;
  fs::remove_all(old, ec);
}

bool OutputTree::Commit() {
  if (!ok() || (recycled_ && !RemoveUnrecorded())) return false;
  std::error_code ec;
  // One atomic exchange of the two trees: there is no moment, even if the
  // process is killed, when out_dir is missing or half-written. The previous
  // tree is then under the staging name, removed below or, after a kill, by
  // the next build (RemoveStaleStaging).
  if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, out_dir_.c_str(), RENAME_EXCHANGE) == 0) {
    committed_ = true;
    SetAside(staging_);
    return true;
  }
  // No previous output (or a file system without exchange): a plain rename.
  if (errno == ENOENT || !fs::exists(out_dir_, ec)) {
    fs::rename(staging_, out_dir_, ec);
    if (ec) return Fail("cannot move the new output into place: " + ec.message());
    committed_ = true;
    return true;
  }
  const std::string old = out_dir_ + ".old-" + std::to_string(getpid());
  fs::rename(out_dir_, old, ec);
  if (ec) return Fail("cannot move the previous " + out_dir_ + " aside: " + ec.message());
  fs::rename(staging_, out_dir_, ec);
  if (ec) {
    fs::rename(old, out_dir_, ec);  // put the previous output back
    return Fail("cannot move the new output into place: " + ec.message());
  }
  committed_ = true;
  SetAside(old);
  return true;
}

void RemoveStaleStaging(const std::string& out_dir) {
  std::string out = out_dir;
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  const fs::path path(out);
  const fs::path parent = path.has_parent_path() ? path.parent_path() : fs::path(".");
  const std::string name = path.filename().string();
  std::error_code ec;
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string entry = it->path().filename().string();
    if (entry.starts_with(name + ".staging-") || entry.starts_with(name + ".old-")) {
      std::error_code rm;
      fs::remove_all(it->path(), rm);
    }
  }
}

OutputLock::OutputLock(const std::string& out_dir, std::ostream* waiting) {
  std::string out = out_dir;
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  const fs::path path(out);
  const std::string parent = path.has_parent_path() ? path.parent_path().string() : ".";
  // The lock is on the folder that holds the output: it leaves no file behind,
  // and the kernel releases it when the process ends, however it ends.
  fd_ = ::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) return;  // the build reports the missing folder itself
  if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return;
  if (waiting)
    *waiting << "waiting for another renkei build writing into " << parent << "/ to finish\n"
             << std::flush;
  while (::flock(fd_, LOCK_EX) != 0 && errno == EINTR) {
  }
}

OutputLock::~OutputLock() {
  if (fd_ >= 0) ::close(fd_);  // releases the lock
}

std::string RefuseOutputDir(const std::string& out_dir, const std::string& content_dir) {
  std::error_code ec;
  const fs::path out = fs::weakly_canonical(fs::absolute(out_dir, ec), ec);
  const fs::path content = fs::weakly_canonical(fs::absolute(content_dir, ec), ec);
  if (out == out.root_path()) return "the output directory must not be /";
  if (const char* home = std::getenv("HOME"); home && *home) {
    if (out == fs::weakly_canonical(fs::path(home), ec))
      return "the output directory must not be the home directory";
  }
  // `out` is content or one of its parents when content starts with it.
  auto o = out.begin(), c = content.begin();
  for (; o != out.end() && c != content.end() && *o == *c; ++o, ++c) {
  }
  if (o == out.end()) return "the output directory must not be the content directory or contain it";
  // Writing inside content would publish into the source tree.
  auto c2 = content.begin(), o2 = out.begin();
  for (; c2 != content.end() && o2 != out.end() && *c2 == *o2; ++c2, ++o2) {
  }
  if (c2 == content.end()) return "the output directory must not be inside the content directory";
  return "";
}

}  // namespace renkei
