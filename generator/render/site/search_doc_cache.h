// The search documents of the pages of the last build (address, title,
// summary and grams), kept in its output (.renkei/search/docs-N) by page key:
// a page taken over from the last build is not rendered again, yet the search
// index needs its grams. The grams are packed as a page's distinct characters
// and pairs of their numbers, about the size of the page's text, and read back
// without hashing or sorting (making them again from the text was a quarter of
// an edit rebuild).
//
// The documents go in files of 128 pages each, keyed by their pages' keys, so
// that a build that renders a few pages writes a few of them: one file took a
// one-page edit 18 MB of writes at N = 10,000.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "render/site/search_index.h"
#include "util/file.h"
#include "write/output_tree.h"

namespace renkei {

/// Pages are numbered 0..pages-1; the documents are written in that order as
/// the pages are done (a file waits for its pages), so the files are the same
/// whatever the threads did, and this build's documents are never all in
/// memory at once (490 MB at 100,000 pages). Every indexed page is kept, even
/// one rendered anew by every build (key 0): the previous build's documents in
/// order are its whole index (see SearchPatch).
class SearchDocCache {
 public:
  /// `pages` = the number of pages of this build (or SetPages, before Open).
  explicit SearchDocCache(size_t pages = 0);
  /// The number of pages, when it is known after Load: the last build's
  /// documents can be read while this build's pages are being made.
  void SetPages(size_t pages);
  SearchDocCache(const SearchDocCache&) = delete;
  SearchDocCache& operator=(const SearchDocCache&) = delete;

  /// Reads the previous build's documents; a missing or damaged file, or
  /// files written under another `index_key` (the renkei binary that made
  /// the index from them), just mean that no page is taken over.
  void Load(const std::string& previous_dir, uint64_t index_key);
  /// This build's files go to `out`, which must outlive the cache.
  void Open(OutputTree& out, uint64_t index_key);
  /// The previous build's document of the page with this key; when found, it
  /// is what Done(i) keeps for the next build (thread-safe for distinct i).
  bool Take(size_t i, uint64_t key, SearchIndex::Doc* doc);
  /// Take, leaving the document as it is kept (see Encode): a view into the
  /// last build's file, valid as long as this cache.
  bool TakeEncoded(size_t i, uint64_t key, std::string_view* encoded);
  /// Page `i` was rendered: keeps its document for the next build, and is
  /// Done(i) (thread-safe).
  void Keep(size_t i, uint64_t key, const SearchIndex::Doc& doc);
  /// Page `i` is final (taken over, or kept): its document may be written.
  void Done(size_t i);
  /// Writes the files not written yet; false when a write failed (see out.error()).
  bool Close();
  /// The previous build's documents (encoded) in its page order.
  const std::vector<std::string_view>& previous() const { return previous_docs_; }

  /// A document as it is kept: its url, title and summary, then its packed grams.
  static std::string Encode(const SearchIndex::Doc& doc);
  /// An encoded document's parts, pointing into it.
  struct Parts {
    std::string_view url, title, summary;
    std::string_view grams;   ///< As PackGrams packs them (page_grams.h).
    uint64_t gram_count = 0;  ///< How many grams `grams` holds.
  };
  static bool Split(std::string_view blob, Parts* parts);
  /// Fills `doc`; false when `blob` is damaged.
  static bool Decode(std::string_view blob, SearchIndex::Doc* doc);

 private:
  static constexpr size_t kPagesPerFile = 128;

  /// Reads the last build's file `file` into previous_ and by_key_; false
  /// when it is missing or damaged. `files`: how many it wrote, set by file 0.
  bool ReadDocFile(const std::string& previous_dir, size_t file, uint64_t index_key, size_t* files);
  void WriteDocFile(size_t file);  // under mu_, once all its pages are done

  std::vector<MappedFile> previous_;  // the last build's files (18 MB at 10,000 pages)
  std::unordered_map<uint64_t, std::string_view> by_key_;  // entries of previous_
  std::vector<std::string_view> previous_docs_;            // into previous_
  struct Blob {
    uint64_t key = 0;       // 0: rendered anew by every build
    std::string own;        // a page rendered by this build
    std::string_view kept;  // or its whole entry (key, size, bytes) in previous_
  };

  OutputTree* out_ = nullptr;
  uint64_t index_key_ = 0;
  std::vector<Blob> blobs_;  // by page
  std::mutex mu_;            // guards done_, next_, next_file_ and ok_
  std::vector<bool> done_;
  size_t next_ = 0;       // the first page not done, in order
  size_t next_file_ = 0;  // the first file not written
  size_t files_;          // this build's
  bool ok_ = true;
};

}  // namespace renkei
