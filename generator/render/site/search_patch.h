// Updating the last build's search index instead of writing it anew. A page
// edit changes a few grams of one page, and so a few of the ~160 shard files
// of a 10,000-page site; writing them all again took a fifth of an edit
// rebuild. When this build indexes the same addresses in the same order as
// the last one, every document keeps its number, and a shard file changes only
// where the grams of a rendered page changed: the other shards are taken over
// (by the hash of their bytes), the changed ones are the last build's files
// with those documents added to or removed from those grams, and the pages
// taken over need no grams at all. The result is byte for byte a full build's.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "render/site/search_index.h"
#include "write/output_tree.h"

namespace renkei {

/// A document that gained or lost a gram since the last build.
struct GramChange {
  SearchGram gram = 0;
  uint32_t doc = 0;  ///< Its number in the index: indexed pages, in page order.
  bool added = false;
  bool operator<(const GramChange& o) const {
    return gram != o.gram ? gram < o.gram : doc != o.doc ? doc < o.doc : added < o.added;
  }
};

/// Shard file `shard` as SearchIndex::Write writes it, with `changes` (all of
/// grams of that shard) made, into `after`. False when `before` does not parse
/// or disagrees with them (a document added to a gram it already has, or
/// removed from one it has not).
bool PatchShard(uint32_t shard, std::string_view before, std::vector<GramChange> changes,
                std::string* after);

class SearchPatch {
 public:
  /// Null unless `previous` (the last build's documents as SearchDocCache
  /// encodes them, in its page order) has the addresses `urls` (this build's,
  /// by page; "" = not indexed) in the same order and `out` has the last
  /// build's shard files with their keys.
  static std::unique_ptr<SearchPatch> Start(const std::vector<std::string_view>& previous,
                                            const std::vector<std::string>& urls,
                                            const OutputTree& out);

  /// Page `page` was rendered into `doc` (url "" = not indexed). Thread-safe,
  /// like Unchanged; the functions below are called after all of them.
  void Change(size_t page, const SearchIndex::Doc& doc);
  /// Page `page` was taken over from the last build: `doc` without grams.
  void Unchanged(size_t page, const SearchIndex::Doc& doc);
  /// Unchanged, with the document as SearchDocCache keeps it: when those are
  /// the bytes of the last build's document at its number, it is not decoded.
  void UnchangedEncoded(size_t page, std::string_view encoded);

  /// The number of shards of this build's index.
  uint32_t shards() const;
  /// Writes the shard files: the changed ones patched, the others taken over.
  /// False when they cannot be (the documents are not those of Start, the
  /// number of shards changed, a file of the last build is gone or differs):
  /// then out.ok() tells whether a write failed or the index is to be written
  /// in full.
  bool WriteShards(OutputTree& out);
  /// Takes search/pages.js over from the last build when no document's
  /// address, title or summary changed (after WriteShards succeeded).
  bool ReusePages(OutputTree& out) const;
  /// Calls fn(page, grams) for every indexed page in order, with its grams in
  /// this build: for writing the index in full. False when the documents are
  /// not those of Start or the last build's cannot be decoded.
  bool ForEachDoc(const std::function<void(uint32_t, const PageGrams&)>& fn);

 private:
  struct Previous {
    std::string_view url, title, summary, grams;  // into the last build's documents (grams packed)
    std::string_view encoded;                     // the whole document
    uint32_t page = 0;                            // in this build
  };
  /// The number of page's document, checking that its address (url, "" when
  /// not indexed) is the one Start expected; kNotIndexed when it is not
  /// indexed (or not expected).
  uint32_t Check(size_t page, std::string_view url, std::string_view title,
                 std::string_view summary);
  /// True when the documents set are those of Start and every Change was understood.
  bool Usable() const;
  /// The changes of `doc`, whose grams were `before` and are `now`.
  void Diff(uint32_t doc, std::vector<SearchGram> before, std::vector<SearchGram> now);
  /// Patches shard `s` from the last build's file into `after`.
  bool PatchFile(const OutputTree& out, uint32_t s, std::vector<GramChange> changes,
                 std::string* after) const;

  std::vector<Previous> docs_;                // by document number
  std::vector<uint32_t> doc_of_;              // by page: its document number
  std::vector<uint64_t> keys_;                // the last build's shard files' keys
  uint64_t pages_key_ = 0;                    // and its search/pages.js's
  uint64_t previous_total_ = 0;               // (gram, document) pairs
  std::atomic<size_t> set_{0};                // documents set by Change or Unchanged
  std::atomic<bool> failed_{false};           // a document not expected, or the last one damaged
  std::atomic<bool> listing_changed_{false};  // a title or summary (pages.js)
  std::mutex mu_;                             // guards the members below
  std::vector<GramChange> changes_;
  int64_t added_ = 0;  // grams added less grams removed
};

}  // namespace renkei
