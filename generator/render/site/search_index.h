// The offline search index: every character (unigram) and every pair of
// adjacent characters (bigram) of a page's text, so 在宅 finds 在宅医療 in
// Japanese, which has no spaces between words. Written as JavaScript files the
// search page loads with <script src> (fetch() of JSON does not work from
// file://), split into shards by gram so a query loads only what it needs.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "render/site/gram_numbers.h"
#include "render/site/page_grams.h"
#include "render/site/search_grams.h"
#include "write/output_tree.h"

namespace renkei {

/// Which shard of `shards` holds a gram: (first * 31 + second) % shards (search.js agrees).
uint32_t GramShard(SearchGram g, uint32_t shards);

/// How many shards hold `postings` (gram, document) pairs: about 40,000 each
/// keeps each file small; at most 512 files.
uint32_t ShardCount(size_t postings);
/// "search/index-N.js".
std::string ShardPath(uint32_t shard);
/// A shard file is ShardHead, its entries in gram order separated by ",\n", then kShardTail.
std::string ShardHead(uint32_t shard);
inline constexpr std::string_view kShardTail = "});\n";
/// One gram's entry of a shard file being made, "在宅":"0,5,1z" (after ",\n"
/// unless it is the first): the numbers of the documents containing it
/// (ascending) as gaps in base 36.
void AppendShardEntry(std::string& out, SearchGram g, const std::vector<uint32_t>& docs);
/// AppendShardEntry of the `count` documents that `next_doc()` gives in turn,
/// without a list of them: the index writes each gram's entry as it decodes
/// its postings.
template <class NextDoc>
void AppendShardEntryOf(std::string& out, SearchGram g, size_t count, NextDoc next_doc);
/// "search/pages.js": the url, title and summary of every document, and the number of shards.
inline constexpr const char* kPagesPath = "search/pages.js";
/// Writes a file of the index under the hash of its bytes: a build that
/// would write the same bytes may take it over (SearchPatch).
bool WriteIndexFile(OutputTree& out, const std::string& path, std::string_view bytes);

class SearchPatch;

class SearchIndex {
 public:
  struct Doc {
    std::string url;  ///< Relative to the site root: "items/a/index.html"; "" = not indexed.
    std::string title, summary;
    PageGrams grams;
  };
  /// For `docs` documents; writes the index on `jobs` threads (ThreadCount).
  SearchIndex(size_t docs, int jobs = 0);
  ~SearchIndex();
  /// Before any Set: updates the last build's index instead of writing it
  /// anew (see SearchPatch); null (the default) writes it in full.
  void Patch(std::unique_ptr<SearchPatch> patch);
  /// True when SetUnchanged needs no grams.
  bool patching() const { return patch_ != nullptr; }
  /// Sets document `id` (< docs). Different ids may be set from different threads.
  /// Setting every id, indexed or not (empty url), keeps memory low: postings are
  /// compressed in id order, and a document set early waits for the ids before it.
  void Set(size_t id, Doc doc);
  /// Puts the grams of the documents set so far, up to the first id not set
  /// yet, into the postings. Never from two threads at once (nor with Write),
  /// best from one thread only, and often (what waits takes memory): the
  /// postings then stay in that core's cache. Made by every thread in turn,
  /// under a lock, they moved between the cores with each page.
  void AddReady();
  /// Set for a document taken over from the last build, whose grams are
  /// unchanged: when patching, they need not be given.
  void SetUnchanged(size_t id, Doc doc);
  /// SetUnchanged when patching, with the document as SearchDocCache keeps
  /// it (Encode), which must outlive Write: decoded only if pages.js is
  /// written again (a title or summary changed).
  void SetUnchangedEncoded(size_t id, std::string_view encoded);
  /// Writes search/pages.js and search/index-N.js. Documents left unset or with an
  /// empty url are skipped. False with out.error() when a write failed, or with
  /// error() when the last build's documents were damaged.
  bool Write(OutputTree& out);
  const std::string& error() const { return error_; }

 private:
  /// The documents containing one gram: the gaps between their ids as varints
  /// (mostly one byte each), ids ascending.
  struct Postings {
    uint32_t count = 0, last = 0;
    std::string gaps;
  };
  void AddPostings(uint32_t id, const PageGrams& grams);  // in id order
  /// Document `id` has gram `g` (inlined into AddPostings' loops).
  [[gnu::always_inline]] void AddPosting(uint32_t id, SearchGram g) {
    const auto [number, is_new] = gram_numbers_.Insert(g);
    if (is_new) postings_.emplace_back();
    Postings& p = postings_[number];
    // LEB128: 7 bits a byte, high bit set on all but the last byte.
    for (uint32_t gap = id - p.last;; gap >>= 7) {
      if (gap < 0x80) {
        p.gaps.push_back(static_cast<char>(gap));
        break;
      }
      p.gaps.push_back(static_cast<char>(0x80 | (gap & 0x7F)));
    }
    p.last = id;
    ++p.count;
  }
  /// Keeps a document without its grams (patching).
  void KeepDoc(size_t id, Doc doc);
  /// The document numbers of a gram's postings, ascending, one for each call.
  class DocReader {
   public:
    DocReader(const Postings& p, const std::vector<uint32_t>& number)
        : gaps_(p.gaps.data()), number_(number) {}
    uint32_t operator()() {
      uint32_t gap = 0;
      for (int shift = 0;; shift += 7) {  // one LEB128 varint
        const auto byte = static_cast<uint8_t>(*gaps_++);
        gap |= static_cast<uint32_t>(byte & 0x7F) << shift;
        if (byte < 0x80) break;
      }
      id_ += gap;
      return number_[id_];
    }

   private:
    const char* gaps_;
    const std::vector<uint32_t>& number_;
    uint32_t id_ = 0;
  };
  /// Writes pages.js; `number` = the document number of each (indexed) id.
  bool WritePages(OutputTree& out, uint32_t shards, std::vector<uint32_t>* number) const;
  /// Writes every shard from postings_.
  bool WriteShards(OutputTree& out, uint32_t shards, const std::vector<uint32_t>& number);
  /// Writes the index by patching the last build's; or false to write it in
  /// full, having put every document's grams into postings_.
  bool WritePatch(OutputTree& out);

  // A national site has ~15 million (gram, page) pairs: as grams (8 bytes each) or
  // as plain 4-byte ids they were most of a build's memory.
  std::vector<Doc> docs_;                  // without grams
  std::vector<std::string_view> encoded_;  // or, when patching, as SearchDocCache keeps them
  int jobs_;
  // Made by AddReady and Write, never at once.
  // Small until the first postings: an edit patches the index and never
  // numbers grams, and the full table (2 MB) was 3% of its memory faults.
  GramNumbers gram_numbers_{16};
  std::vector<Postings> postings_;         // by gram number
  std::mutex mu_;                          // guards the members below
  uint32_t next_id_ = 0;                   ///< The next id whose grams go into postings_.
  std::map<uint32_t, PageGrams> waiting_;  ///< Grams set and not in postings_ yet.
  std::unique_ptr<SearchPatch> patch_;
  std::string error_;
};

namespace search_internal {
void AppendEntryHead(std::string& out, SearchGram g);
char* WriteBase36(uint32_t n, char* out);  ///< Room for 7 digits; returns the end.
}  // namespace search_internal

template <class NextDoc>
void AppendShardEntryOf(std::string& out, SearchGram g, size_t count, NextDoc next_doc) {
  search_internal::AppendEntryHead(out, g);
  // Written in place, with room for the longest gaps (7 digits and a comma
  // each): digit by digit, each append was a capacity check.
  const size_t start = out.size();
  out.resize(start + 8 * count + 1);
  char* const begin = out.data() + start;
  char* p = begin;
  uint32_t last = 0;
  for (size_t i = 0; i < count; ++i) {
    const uint32_t doc = next_doc();
    if (i) *p++ = ',';
    p = search_internal::WriteBase36(doc - last, p);
    last = doc;
  }
  *p++ = '"';
  out.resize(start + static_cast<size_t>(p - begin));
}

}  // namespace renkei
