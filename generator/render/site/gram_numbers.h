// Numbering the distinct grams of the search index as they come: the one hash
// table behind both a page's distinct grams and the site's postings. Open
// addressing with linear probing in a power-of-two table (Fibonacci hashing, no
// division), doubling when half full. std::unordered_map cost a node per gram
// and a division per lookup: half of an incremental rebuild's site phase went
// into it at 10,000 pages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace renkei {

/// A gram of the search index (see search_index.h); never 0.
using SearchGram = uint64_t;

class GramNumbers {
 public:
  /// `capacity`: how many grams fit before the table first grows.
  explicit GramNumbers(size_t capacity = 2048);

  /// The number of `g` (0, 1, 2... in the order grams were first inserted) and
  /// whether it is new. Inlined: called for each gram of every page, the call
  /// itself cost as much as the lookup.
  [[gnu::always_inline]] std::pair<uint32_t, bool> Insert(SearchGram g) {
    size_t i = Home(g);
    while (slots_[i].gram != 0) {
      if (slots_[i].gram == g) return {slots_[i].number, false};
      i = (i + 1) & (slots_.size() - 1);
    }
    return InsertNew(g, i);
  }
  size_t size() const { return grams_.size(); }
  /// The grams by number.
  const std::vector<SearchGram>& grams() const { return grams_; }
  std::vector<SearchGram> TakeGrams() { return std::move(grams_); }
  /// Empties the table, keeping its size: cheaper than a new one when few
  /// grams were inserted (a page's ~1,500 in a table of 4,096 slots).
  void Clear();

 private:
  struct Slot {
    SearchGram gram = 0;  // 0: free
    uint32_t number = 0;
  };
  // Fibonacci hashing: the top bits of the product, where every bit of the
  // gram counts (a gram's two characters differ in its low and middle bits).
  size_t Home(SearchGram g) const {
    return static_cast<size_t>((g * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  /// Adds `g` at free slot `i`.
  std::pair<uint32_t, bool> InsertNew(SearchGram g, size_t i);
  void Grow();
  /// Empty slots, `slots` of them (a power of two), and the shift Home uses.
  void Resize(size_t slots);

  std::vector<Slot> slots_;  // size: a power of two, 2^(64 - shift_)
  int shift_ = 0;
  std::vector<SearchGram> grams_;
  std::vector<size_t> used_;  // the slots in use, for Clear
};

}  // namespace renkei
