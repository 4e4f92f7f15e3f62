// Numbering a page's distinct characters and the distinct pairs of them, the
// two steps of its search grams (search_index.h), without hashing a 64-bit
// gram twice for every character as GramNumbers did: a character's number is
// one load from a table of every code point, and a pair is the 32-bit key of
// its two numbers in a small open-addressing set. Half of the search index's
// time at 10,000 pages went into GramNumbers::Insert before.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace renkei {

class CharNumbers {
 public:
  CharNumbers();
  ~CharNumbers();
  CharNumbers(const CharNumbers&) = delete;
  CharNumbers& operator=(const CharNumbers&) = delete;

  /// The number of code point `c` (0, 1, 2... in the order first seen since
  /// Clear; only its low 21 bits count) and whether it is new.
  // Inlined into the scanner's loop whatever the compiler's budget says: a
  // call for each character of a page cost more than the lookup itself.
  [[gnu::always_inline]] std::pair<uint32_t, bool> Insert(uint32_t c) {
    uint32_t& slot = number_plus_one_[c & kMask];
    if (slot != 0) return {slot - 1, false};
    chars_.push_back(c & kMask);
    slot = static_cast<uint32_t>(chars_.size());
    return {slot - 1, true};
  }
  /// The characters by number.
  const std::vector<uint32_t>& chars() const { return chars_; }
  /// Forgets the characters, touching only their entries.
  void Clear();

 private:
  static constexpr uint32_t kMask = 0x1FFFFF;
  // 2^21 entries (8 MB of address space), mapped so that only the pages of
  // the characters met are ever backed: the whole BMP is its first 2 MB.
  uint32_t* number_plus_one_;
  std::vector<uint32_t> chars_;
};

/// A set of 32-bit keys, as a page's pairs of character numbers (first << 16 |
/// second). The pairs of a page's first 1,024 characters, most of its pairs,
/// are bits of a 1,024 x 1,024 bitmap: one test, where the hash set below
/// hashes and probes. As many instructions, but fewer mispredicted branches:
/// a pages build took 4-6% less time (bench/README.md, session 11).
class PairSet {
 public:
  PairSet() : slots_(8192, 0), bits_(kSide * kSide / 64, 0) {}
  /// True when `key` was not in the set.
  bool Insert(uint32_t key) { return Insert(key >> 16, key & 0xFFFF); }
  /// Insert(first << 16 | second), for numbers below 2^16, without packing
  /// the key only to take it apart again for the bitmap.
  [[gnu::always_inline]] bool Insert(uint32_t first, uint32_t second) {  // as CharNumbers::Insert
    if ((first | second) < kSide) {
      const uint32_t bit = first * kSide + second;
      uint64_t& word = bits_[bit / 64];
      const uint64_t mask = uint64_t{1} << (bit % 64);
      if (word & mask) return false;
      if (word == 0) set_words_.push_back(bit / 64);
      word |= mask;
      ++bits_set_;
      return true;
    }
    return InsertHashed(first << 16 | second);
  }
  size_t size() const { return used_.size() + bits_set_; }
  void Clear();

 private:
  static constexpr uint32_t kSide = 1024;

  bool InsertHashed(uint32_t key) {
    const uint32_t stored = key + 1;  // 0 marks a free slot
    size_t i = Home(stored);
    while (slots_[i] != 0) {
      if (slots_[i] == stored) return false;
      i = (i + 1) & (slots_.size() - 1);
    }
    slots_[i] = stored;
    used_.push_back(static_cast<uint32_t>(i));
    if (2 * used_.size() > slots_.size()) Grow();
    return true;
  }
  size_t Home(uint32_t stored) const {
    return static_cast<size_t>((stored * uint64_t{0x9E3779B97F4A7C15}) >> 32) & (slots_.size() - 1);
  }
  void Grow();

  std::vector<uint32_t> slots_;      // key + 1, or 0; size: a power of two
  std::vector<uint32_t> used_;       // the slots in use, for Clear
  std::vector<uint64_t> bits_;       // the bitmap, row by row (128 KB)
  std::vector<uint32_t> set_words_;  // the words of bits_ not 0, for Clear
  size_t bits_set_ = 0;
};

}  // namespace renkei
