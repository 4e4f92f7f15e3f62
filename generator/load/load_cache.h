// What the last build loaded, kept in its output (.renkei/load/), so that
// a build after an edit parses only the files that changed. A national site's
// records (313,380 status rows, budgets, outcomes) took 0.14 s to load again
// after a one-page edit, and its 10,000 pages 0.15 s; the whole edit rebuild
// is meant to take 0.15 s.
//
// Each part is taken over only when every file it was made from has the same
// hash as then (the build's fingerprint gives the hashes) and the renkei
// binary and content directory are the same: the records when no content file
// outside pages/ and pamphlets/ changed, each page when its own file did not.
// What the loaders reported is kept with what they made, so a build that
// takes a part over prints the same messages as one that loads it. A page's
// body is not kept: a page taken over reads it from its file if asked for.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "load/library_archive.h"
#include "model/library.h"
#include "util/file.h"

namespace renkei {

/// The folder of the cache in the output: `records`, `pamphlets`, and the
/// pages in files of about 128 each (pages-0, pages-1...), so that an edit
/// writes one of them.
constexpr const char* kLoadCacheDir = ".renkei/load";

class LoadCache {
 public:
  /// `inputs`: each input's name as the build fingerprints it
  /// ("content/pages/a.md", "renkei" for the binary) and its hash; it must
  /// outlive the cache. `content_dir` as given: it begins every message's path.
  LoadCache(const std::string& content_dir, const std::map<std::string, uint64_t>& inputs);
  LoadCache(const LoadCache&) = delete;
  LoadCache& operator=(const LoadCache&) = delete;

  /// Reads the cache of the build in `previous_dir` (its page files in
  /// StartPages). Missing, damaged or foreign files (another binary, another
  /// content directory) mean that nothing of them is taken over.
  void Read(const std::string& previous_dir);

  /// True when the last build's records are there and none of their files changed.
  bool HasRecords() const { return !previous_records_.empty(); }
  /// Fills the records of `lib` (and nothing else) as the last build loaded
  /// them, when HasRecords(); false otherwise (then load them, and KeepRecords).
  bool TakeRecords(Library* lib, LoadedRecords* diags);
  /// The records of `lib` were loaded anew: they are encoded by Bytes, so
  /// `lib` must live until then.
  void KeepRecords(const Library* lib, LoadedRecords diags);

  /// The pamphlets as the last build loaded them, when none of their files,
  /// no record, no page's address, slug or file name, and no body of a page
  /// they quote a section of changed; false otherwise (then load them, and
  /// KeepPamphlets). The records and pages of `lib` must be loaded.
  bool TakePamphlets(Library* lib, std::vector<Diagnostic>* diags);
  /// The pamphlets of `lib` were loaded anew, reading the bodies of the
  /// pages `bodies_read` (indices into lib->pages); encoded by Bytes, so `lib`
  /// must live until then.
  void KeepPamphlets(const Library* lib, std::vector<Diagnostic> diags,
                     const std::vector<size_t>& bodies_read);

  /// This build's page files ("pages/a.md"), numbered in this order below.
  void StartPages(const std::vector<std::string>& files);
  /// Page i as the last build loaded it, when its file did not change; it is
  /// then kept for the next build as it is. Its body is not in the cache: it
  /// is read from the file if something asks for it (Page::body_markdown).
  /// Thread-safe for distinct i.
  bool TakePage(size_t i, LoadedPage* page);
  /// Page i was loaded anew: keeps it for the next build. `page` (null for a
  /// draft or an unusable file) must live until Bytes is done with it.
  void KeepPage(size_t i, const Page* page, std::vector<Diagnostic> diags);

  /// A file of this build's cache, by its path in the output and its key: the
  /// same key, the same bytes, so an unchanged file is taken over from the
  /// last build's output (OutputTree::Reuse) and only the others are written.
  struct File {
    std::string path;
    uint64_t key = 0;
  };
  /// The files, after loading.
  std::vector<File> Files();
  /// The bytes of Files()[i].
  std::string Bytes(size_t i) const;
  /// Frees what Bytes needed, once the files are written (56 MB at 10,000
  /// pages that would otherwise stay through the whole build).
  void Release();

 private:
  void ReadPages(size_t file);  // previous_[file]

  const std::map<std::string, uint64_t>& inputs_;
  uint64_t cache_key_ = 0;    // the binary and the content directory
  uint64_t records_key_ = 0;  // every content file the records come from

  std::string previous_dir_;  // the last build's cache folder, if read
  MappedFile records_file_;
  // The last build's page files; a page taken over borrows its text from its file.
  std::vector<std::shared_ptr<const MappedFile>> previous_;
  std::string_view previous_records_;
  struct PreviousPage {
    uint64_t hash = 0;
    std::string_view bytes;  // into previous_[file]
    size_t file = 0;
  };
  std::unordered_map<std::string_view, PreviousPage> previous_pages_;

  const Library* records_lib_ = nullptr;
  LoadedRecords records_diags_;
  struct PageEntry {
    std::string file;
    uint64_t hash = 0;
    bool hashed = false;  // the build fingerprinted the file: `hash` is its hash
    bool kept = false;
    const Page* page = nullptr;  // loaded anew: encoded by Bytes
    std::vector<Diagnostic> diags;
    std::string_view taken;  // or taken over: into previous_
  };
  uint64_t PamphletsKey(const Library& lib) const;

  // The pamphlets: the last build's file (after its head), and this build's,
  // taken over or loaded anew, with the pages whose bodies their loader read
  // (file name and body key).
  MappedFile pamphlets_file_;
  std::string_view previous_pamphlets_;
  uint64_t pamphlets_key_ = 0;
  std::string_view taken_pamphlets_;        // the encoded pamphlets taken over, in the file
  const Library* pamphlets_lib_ = nullptr;  // loaded anew: encoded by Bytes
  std::vector<Diagnostic> pamphlets_diags_;
  std::vector<std::pair<std::string, uint64_t>> bodies_read_;

  std::vector<PageEntry> pages_;
  std::vector<std::vector<size_t>> chunks_;  // pages_ of each pages-N file
};

}  // namespace renkei
