#include "build/incremental.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <future>
#include <iterator>
#include <map>
#include <memory>
#include <sstream>
#include <string_view>
#include <vector>

#include "load/source_file.h"
#include "util/file.h"
#include "util/file_tree.h"
#include "util/hash.h"
#include "util/parallel.h"

namespace renkei {

namespace fs = std::filesystem;

namespace {

/// The running binary: a new renkei (code or built-in templates) renders anew.
constexpr const char* kSelf = "/proc/self/exe";

/// The linker's build id of the running binary (a hash of its contents, read
/// from memory: hashing the 60 MB file would cost more than the rest of a
/// no-change build); "" when it was linked without one.
std::string BuildId() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* out) {
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_NOTE) continue;
          // The loader gives the segment as load address + offset: an integer.
          // NOLINTNEXTLINE(performance-no-int-to-ptr)
          const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
          const char* end = p + ph.p_memsz;
          while (p + sizeof(ElfW(Nhdr)) <= end) {
            const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(p);
            const char* name = p + sizeof(ElfW(Nhdr));
            const char* desc = name + ((note->n_namesz + 3) & ~3u);
            if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 &&
                std::string_view(name, 3) == "GNU" && desc + note->n_descsz <= end) {
              static_cast<std::string*>(out)->assign(desc, note->n_descsz);
              return 1;
            }
            p = desc + ((note->n_descsz + 3) & ~3u);
          }
        }
        return 1;  // the first object is the program itself
      },
      &id);
  return id;
}

bool Exists(const std::string& path, uint64_t* size) {
  struct stat s;
  if (::stat(path.c_str(), &s) != 0) return false;
  *size = static_cast<uint64_t>(s.st_size);
  return true;
}

constexpr std::string_view kContent = "content/";

/// Whether the loaders read the input `name`: a content file of theirs.
bool LoadersRead(const std::string& name) {
  return name.starts_with(kContent) && IsSourceFile(name);
}

/// Whether the loaders are handed the bytes of `name` (a record file), or
/// only its hash (a page: ScannedContent says why).
bool HandedOver(const std::string& name) { return !name.starts_with("content/pages/"); }

/// The build time as the workbooks and the data catalog show it: exactly, when
/// SOURCE_DATE_EPOCH gives it (an incremental build must then give the same
/// bytes as a full one), else the day, so that rebuilds on one day reuse them.
std::string BuildTimeKey(int64_t t) {
  const char* env = std::getenv("SOURCE_DATE_EPOCH");
  return env && *env ? "epoch " + std::to_string(t) : "day " + std::to_string(t / 86400);
}

}  // namespace

BuildState::BuildState(const std::string& content_dir, const BuildSettings& settings)
    : out_dir_(settings.out_dir) {
  timespec now{};
  clock_gettime(CLOCK_REALTIME, &now);
  taken_ns_ = int64_t{now.tv_sec} * 1'000'000'000 + now.tv_nsec;
  // The last build's stamps and manifest (1 MB each at N = 10,000) are read
  // while the inputs are listed: 5 ms of a one-page edit's serial start.
  const auto read = [this, &settings](const char* path, auto parse) {
    return std::async(kAsyncIfPossible, [this, &settings, path, parse] {
      std::string text;
      if (!settings.full && ReadFile(out_dir_ + "/" + path, &text)) parse(text);
    });
  };
  auto stamps =
      read(kStampsPath, [this](std::string& t) { Stamps::Parse(std::move(t), &previous_stamps_); });
  auto manifest = read(kManifestPath, [this](std::string& t) { Manifest::Parse(t, &previous_); });
  ListFiles(content_dir, "content");
  ListFiles(settings.templates_dir, "templates");
  ListFiles(settings.assets_dir, "assets");
  stamps.get();
  manifest.get();
  const std::string build_id = BuildId();
  if (build_id.empty()) files_.push_back({"renkei", kSelf, false, {}});
  HashFiles(settings.jobs);
  if (!build_id.empty()) inputs_["renkei"] = HashBytes(build_id);

  Hasher render, data, pages;
  render.Add(RENKEI_VERSION);
  for (const auto& [name, hash] : inputs_) {
    Hasher& h = name.starts_with("content/pages/") ? pages
                : name.starts_with("content/")     ? data
                                                   : render;
    h.Add(name).Add(hash);
  }
  keys_.render = render.key();
  keys_.data =
      Hasher().Add(keys_.render).Add(data.key()).Add(BuildTimeKey(settings.build_time)).key();
  inputs_key_ = Hasher().Add(keys_.data).Add(pages.key()).key();
}

void BuildState::ListFiles(const std::string& dir, const std::string& as) {
  if (dir.empty()) return;
  const std::string root = dir.ends_with('/') ? dir : dir + "/";
  const bool content = as + "/" == kContent;
  std::vector<ScannedContent::Entry> entries;  // of the content, for the loaders
  std::vector<TreeEntry> listed = ListTree(dir);
  files_.reserve(files_.size() + listed.size());  // grown by doubling, it faulted in 1 MB more
  // The loaders' files (the content's) are read relative to their root.
  const int dir_fd = content ? ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
  if (content) content_fd_ = dir_fd;
  if (content) entries.reserve(listed.size());
  // Names are moved on, not copied: this loop is serial (10,700 files).
  for (TreeEntry& e : listed) {
    std::string name = as + "/" + e.relative;
    if (S_ISLNK(e.mode)) {
      // Never followed, as the loaders do not follow it: the link itself is the
      // input (its warning), not what it points to.
      inputs_[std::move(name)] = Hasher().Add("symlink").Add(e.link).key();
    } else if (S_ISREG(e.mode)) {
      files_.push_back({std::move(name), root + e.relative, true, StampOf(e), dir_fd, root.size()});
    } else if (S_ISDIR(e.mode)) {
      // A folder is an input too: one where a loader expects a file (say
      // status/2016.csv/) is an error, even when it is empty.
      inputs_[name + "/"] = Hasher().Add("folder").key();
    }
    if (content) entries.push_back({std::move(e.relative), e.mode & S_IFMT});
  }
  if (content) scanned_.SetEntries(std::move(entries));
}

void BuildState::HashFiles(int jobs) {
  std::vector<uint64_t> hashes(files_.size());
  std::vector<std::string> bytes(files_.size());
  // Not vector<bool>: set from many threads.
  std::vector<char> hashed_bytes(files_.size(), false), trusted(files_.size(), false);
  ParallelFor(files_.size(), jobs, [&](size_t i) {
    const InputFile& f = files_[i];
    // An unchanged stamp: the hash the last build read, without reading 70 MB
    // of a national site's inputs again.
    if (f.stamped && previous_stamps_.Unchanged(f.name, i, f.stamp, &hashes[i])) {
      trusted[i] = true;
      return;
    }
    const bool at_dir = f.dir_fd >= 0;  // else by its whole path
    if (LoadersRead(f.name) &&
        ReadFileUpTo(at_dir ? f.dir_fd : AT_FDCWD, f.path.c_str() + (at_dir ? f.relative_at : 0),
                     kMaxSourceBytes, &bytes[i],
                     f.stamped ? static_cast<uint64_t>(f.stamp.size) : kNotListed)
                .status == ReadStatus::kOk) {
      hashes[i] = HashBytes(bytes[i]);
      hashed_bytes[i] = true;
      if (!HandedOver(f.name)) std::string().swap(bytes[i]);
      return;
    }
    // An unreadable file gets a key of its own; the loader reports it.
    if (!HashFile(f.path, &hashes[i])) hashes[i] = ~uint64_t{0};
  });
  if (content_fd_ >= 0) ::close(content_fd_);
  content_fd_ = -1;
  current_stamps_.reserve(files_.size());
  // Each folder's files are listed in order: inserted after the one before,
  // a name goes in without a search down the tree (100,000 names took 20 ms).
  auto at = inputs_.end();
  for (size_t i = 0; i < files_.size(); ++i) {
    if (hashed_bytes[i]) {
      std::string relative = files_[i].name.substr(kContent.size());
      if (HandedOver(files_[i].name)) {
        scanned_.Add(std::move(relative), std::move(bytes[i]));
      } else {
        scanned_.AddHash(std::move(relative), hashes[i]);
      }
    }
    // The name moves into the table, and the stamp views it there: copied,
    // it was 10,700 more allocations in a serial part of every rebuild.
    const auto it = inputs_.insert_or_assign(at, std::move(files_[i].name), hashes[i]);
    at = std::next(it);
    if (!files_[i].stamped) continue;
    current_stamps_.push_back({it->first, {files_[i].stamp, hashes[i]}});
    if (!trusted[i] && Stamps::Settled(files_[i].stamp, taken_ns_)) ++restamped_;
  }
}

namespace {

/// Where to stat an output path from: its first folder ("p000/"), opened once
/// (the manifest is sorted, so a path's first folder is mostly the last one's),
/// and the rest of the path; the kernel then looks up one name fewer for each
/// of 107,000 files at N = 100,000.
class FirstFolders {
 public:
  explicit FirstFolders(int root_fd) : root_fd_(root_fd) {}
  FirstFolders(const FirstFolders&) = delete;
  FirstFolders& operator=(const FirstFolders&) = delete;
  ~FirstFolders() {
    for (const auto& [name, fd] : fds_)
      if (fd >= 0) ::close(fd);
  }
  /// {folder descriptor, path in it}; the descriptor is -1 when the folder
  /// cannot be opened (or is a link).
  std::pair<int, const char*> Of(const std::string& path) {
    const size_t slash = path.find('/');
    if (slash == std::string::npos) return {root_fd_, path.c_str()};
    const std::string_view first(path.data(), slash);
    if (first != last_) {
      auto [it, added] = fds_.try_emplace(first, -1);
      if (added)
        it->second = ::openat(root_fd_, std::string(first).c_str(),
                              O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      last_ = first;
      last_fd_ = it->second;
    }
    return {last_fd_, path.c_str() + slash + 1};
  }

 private:
  int root_fd_;
  std::map<std::string_view, int> fds_;  // views into the paths asked for
  std::string_view last_;
  int last_fd_ = -1;
};

}  // namespace

bool BuildState::UpToDate() const {
  if (previous_.out.empty() || previous_.inputs != inputs_key_) return false;
  const int out_fd = ::open(out_dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (out_fd < 0) return false;
  // Every output file still there, at its size: stat'ed on every core, a run
  // of outputs at a time, each thread from folders it opened itself. (The
  // kernel counts the users of a descriptor that two threads look names up
  // from, a write to shared memory at every stat: in a C loop, the 10,000
  // page outputs took 14-18 ms on two threads sharing descriptors, 13 ms
  // with one each.)
  constexpr size_t kRun = 64;
  const size_t n = previous_.out.size();
  std::vector<std::unique_ptr<FirstFolders>> folders(ThreadCount(0));
  std::atomic<bool> there{true};
  ParallelFor((n + kRun - 1) / kRun, 0, [&](size_t run, size_t thread) {
    if (!folders[thread]) folders[thread] = std::make_unique<FirstFolders>(out_fd);
    for (size_t i = run * kRun; i < std::min(n, (run + 1) * kRun) && there; ++i) {
      const auto& [path, file] = previous_.out[i];
      const auto [dir_fd, rest] = folders[thread]->Of(path);
      struct stat st;
      if (dir_fd < 0 || ::fstatat(dir_fd, rest, &st, 0) != 0 ||
          static_cast<uint64_t>(st.st_size) != file.size)
        there = false;
    }
  });
  folders.clear();
  ::close(out_fd);
  return there;
}

void BuildState::ReplayDiagnostics(std::ostream& msg, bool quiet) const {
  // The last line is the count ("0 errors, 2 warnings"): with --quiet, only
  // when there is something above it.
  if (quiet && previous_.diagnostics.size() <= 1) return;
  for (const std::string& line : previous_.diagnostics) msg << line << "\n";
}

namespace {

/// The files a manifest lists as File (OutputFile or RecycledFile), their
/// paths moved out of it.
template <class File>
StringMap<File> FilesOf(Manifest&& m) {
  StringMap<File> files;
  files.reserve(m.out.size());
  for (auto& [path, o] : m.out) files.emplace(std::move(path), File{OutputFile{o.key, o.size}});
  m.out.clear();
  return files;
}

/// The manifest of the output tree `tree` (empty when it has none readable).
Manifest ManifestOf(const std::string& tree) {
  std::string text;
  Manifest m;
  if (ReadFile(tree + "/" + kManifestPath, &text)) Manifest::Parse(text, &m);
  return m;
}

}  // namespace

StringMap<OutputFile> BuildState::TakePreviousFiles() {
  return FilesOf<OutputFile>(std::move(previous_));
}

int64_t FinishedAt(const std::string& tree) {
  struct stat st;
  if (::lstat((tree + "/" + kManifestPath).c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  return int64_t{st.st_mtim.tv_sec} * 1'000'000'000 + st.st_mtim.tv_nsec;
}

RecycledTree ListSpare(const std::string& out_dir) {
  const std::string spare = out_dir + "/" + kSparePath;
  return ListRecycledTree(spare, FilesOf<RecycledFile>(ManifestOf(spare)), FinishedAt(spare));
}

void BuildState::StartStamps() {
  stamps_text_ = std::async(kAsyncIfPossible,
                            [this] { return Stamps::Serialize(taken_ns_, current_stamps_); });
}

void BuildState::KeepStamps() {
  if (restamped_ == 0) return;
  StartStamps();
  // A cache: when it cannot be written, the next build reads those inputs again.
  std::string ignored;
  ReplaceFile(out_dir_ + "/" + kStampsPath, stamps_text_.get(), &ignored);
}

void BuildState::Record(OutputTree& out, const Diagnostics& diags) {
  if (!stamps_text_.valid()) StartStamps();
  Manifest m;
  m.inputs = inputs_key_;
  std::vector<std::pair<std::string, OutputFile>> files = out.Files();
  m.out.reserve(files.size());
  for (auto& [path, file] : files) {
    // renkei's own files are listed when the next build may take them over.
    if (path.starts_with(".renkei/") && file.key == 0) continue;
    uint64_t size = file.size;
    if (size != OutputFile::kUnknownSize || Exists(out.staging_dir() + "/" + path, &size))
      m.out.emplace_back(std::move(path), Manifest::Output{file.key, size});
  }
  std::ostringstream printed;
  diags.Print(printed);
  std::istringstream lines(printed.str());
  for (std::string line; std::getline(lines, line);) m.diagnostics.push_back(line);
  out.Write(kManifestPath, m.Serialize());
  out.Write(kStampsPath, stamps_text_.get());
}

}  // namespace renkei
