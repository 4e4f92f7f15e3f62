// The search documents (title, summary, grams) of the pages of the last build,
// kept in its output (.renkei/search-docs) by page key: a page taken over from
// the last build is not rendered again, yet the search index needs its grams.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "render/site/search_index.h"
#include "write/output_tree.h"

namespace renkei {

class SearchDocCache {
 public:
  /// `pages` = the number of pages of this build.
  explicit SearchDocCache(size_t pages) : blobs_(pages) {}

  /// Reads the previous build's documents; a missing or damaged file just
  /// means no page is taken over.
  void Load(const std::string& previous_dir);
  /// The previous build's document of the page with this key; when found, it
  /// is also kept for the next build as page `i` (thread-safe for distinct i).
  bool Take(size_t i, uint64_t key, SearchIndex::Doc* doc);
  /// Keeps page `i`'s document for the next build (thread-safe for distinct i).
  void Keep(size_t i, uint64_t key, const SearchIndex::Doc& doc);
  bool Write(OutputTree& out) const;

  static std::string Encode(const SearchIndex::Doc& doc);
  static bool Decode(std::string_view blob, SearchIndex::Doc* doc);

 private:
  std::string previous_;                                   // the file's bytes
  std::unordered_map<uint64_t, std::string_view> by_key_;  // into previous_
  std::vector<std::pair<uint64_t, std::string>> blobs_;    // by page
};

}  // namespace renkei
