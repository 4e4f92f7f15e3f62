// The search documents of the pages of the last build (address, title,
// summary and the normalized text the grams come from), kept in its output
// (.renkei/search-docs) by page key: a page taken over from the last build is
// not rendered again, yet the search index needs its grams. The text is kept
// rather than the grams: copying it costs a full build nothing, where sorting
// and packing ~1,500 grams a page cost 7% of it.
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
  /// Keeps page `i`'s document, whose grams come from `normalized`, for the
  /// next build (thread-safe for distinct i).
  void Keep(size_t i, uint64_t key, const SearchIndex::Doc& doc, std::string_view normalized);
  bool Write(OutputTree& out) const;

  static std::string Encode(const SearchIndex::Doc& doc, std::string_view normalized);
  /// Fills `doc`, its grams made again from the kept text.
  static bool Decode(std::string_view blob, SearchIndex::Doc* doc);

 private:
  std::string previous_;                                   // the file's bytes
  std::unordered_map<uint64_t, std::string_view> by_key_;  // into previous_
  struct Blob {
    uint64_t key = 0;
    std::string own;        // a page rendered by this build
    std::string_view kept;  // or its bytes in previous_, not copied
  };
  std::vector<Blob> blobs_;  // by page
};

}  // namespace renkei
