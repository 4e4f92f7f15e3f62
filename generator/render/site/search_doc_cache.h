// The search documents of the pages of the last build (address, title,
// summary and grams), kept in its output (.renkei/search-docs) by page key: a
// page taken over from the last build is not rendered again, yet the search
// index needs its grams. The grams are packed as a page's distinct characters
// and pairs of their numbers, about the size of the page's text, and read back
// without hashing or sorting (making them again from the text was a quarter of
// an edit rebuild).
#pragma once

#include <cstdint>
#include <fstream>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "render/site/search_index.h"
#include "write/output_tree.h"

namespace renkei {

/// Pages are numbered 0..pages-1; the documents are written in that order as
/// the pages are done (a page done early waits for those before it), so the
/// file is the same whatever the threads did, and this build's documents are
/// never all in memory at once (490 MB at 100,000 pages).
class SearchDocCache {
 public:
  /// `pages` = the number of pages of this build.
  explicit SearchDocCache(size_t pages) : blobs_(pages), done_(pages, false) {}
  SearchDocCache(const SearchDocCache&) = delete;
  SearchDocCache& operator=(const SearchDocCache&) = delete;

  /// Reads the previous build's documents; a missing or damaged file just
  /// means no page is taken over.
  void Load(const std::string& previous_dir);
  /// Starts this build's file in `out`; false (with out.error()) on failure.
  bool Open(OutputTree& out);
  /// The previous build's document of the page with this key; when found, it
  /// is what Done(i) keeps for the next build (thread-safe for distinct i).
  bool Take(size_t i, uint64_t key, SearchIndex::Doc* doc);
  /// Page `i` was rendered: keeps its document for the next build, and is
  /// Done(i) (thread-safe).
  void Keep(size_t i, uint64_t key, const SearchIndex::Doc& doc);
  /// Page `i` is final (taken over, or kept): its document may be written.
  void Done(size_t i);
  /// Writes what is left and closes the file; false when a write failed.
  bool Close();

  /// `doc.grams` as SearchGrams gives them: every pair after both its characters.
  static std::string Encode(const SearchIndex::Doc& doc);
  /// Fills `doc`: its characters' grams first, then its pairs.
  static bool Decode(std::string_view blob, SearchIndex::Doc* doc);

 private:
  std::string previous_;                                   // the file's bytes
  std::unordered_map<uint64_t, std::string_view> by_key_;  // into previous_
  struct Blob {
    uint64_t key = 0;
    std::string own;        // a page rendered by this build
    std::string_view kept;  // or its bytes in previous_, not copied
  };
  void WriteBlob(Blob& b);  // under mu_

  std::vector<Blob> blobs_;  // by page
  std::mutex mu_;            // guards done_, next_ and the file
  std::vector<bool> done_;
  size_t next_ = 0;  // the first page not written yet
  std::vector<char> buffer_;
  std::ofstream file_;
};

}  // namespace renkei
