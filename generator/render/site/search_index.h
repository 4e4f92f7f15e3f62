// The offline search index: every character (unigram) and every pair of
// adjacent characters (bigram) of a page's text, so 在宅 finds 在宅医療 in
// Japanese, which has no spaces between words. Written as JavaScript files the
// search page loads with <script src> (fetch() of JSON does not work from
// file://), split into shards by gram so a query loads only what it needs.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "write/output_tree.h"

namespace renkei {

/// NFKC (full-width ASCII -> ASCII, half-width kana -> full-width) and lower case;
/// the same as the search page's `s.normalize('NFKC').toLowerCase()`.
std::string NormalizeForSearch(std::string_view text);

/// A gram: one code point (second = 0) or two adjacent ones, packed as first << 21 | second.
using SearchGram = uint64_t;

/// The distinct grams of normalized text, in the order first seen (the index sorts
/// what it writes): within each run of letters, marks and digits (Unicode L, M, N),
/// every character and every adjacent pair. At most `max_chars` characters of `text`
/// are read.
std::vector<SearchGram> SearchGrams(std::string_view normalized, size_t max_chars = 20000);

/// "在宅" for the gram of 在 and 宅.
std::string GramText(SearchGram g);

/// Which shard of `shards` holds a gram: (first * 31 + second) % shards (search.js agrees).
uint32_t GramShard(SearchGram g, uint32_t shards);

class SearchIndex {
 public:
  struct Doc {
    std::string url;  ///< Relative to the site root: "items/a/index.html".
    std::string title, summary;
    std::vector<SearchGram> grams;
  };
  explicit SearchIndex(size_t docs) : docs_(docs) {}
  /// Sets document `id` (< docs). Different ids may be set from different threads.
  void Set(size_t id, Doc doc);
  /// Writes search/pages.js and search/index-N.js. Documents left unset are skipped.
  bool Write(OutputTree& out);

 private:
  // Only the postings are kept, not each document's grams: a national site has
  // ~15 million (gram, page) pairs, and a posting costs 4 bytes where a gram costs 8.
  std::vector<Doc> docs_;  // without grams
  std::mutex mu_;          // guards postings_
  /// gram -> ids of the documents that contain it, in the order they were set.
  std::unordered_map<SearchGram, std::vector<uint32_t>> postings_;
};

}  // namespace renkei
