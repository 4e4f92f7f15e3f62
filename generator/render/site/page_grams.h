// A page's search grams (search_grams.h) in the form its scanner finds them:
// the page's distinct characters numbered in the order first seen, and each
// distinct pair as the numbers of its two characters. The index reads this
// form, the search documents keep it packed for the next build
// (search_doc_cache.h), and only an edit's comparison needs 64-bit grams:
// making a list of those and numbering it again for the documents was ~5% of
// a pages build.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/site/gram_numbers.h"

namespace renkei {

struct PageGrams {
  std::vector<uint32_t> chars;                       ///< Code points, by number.
  std::vector<std::pair<uint32_t, uint32_t>> pairs;  ///< Two character numbers each.

  size_t size() const { return chars.size() + pairs.size(); }
  bool empty() const { return chars.empty() && pairs.empty(); }
  bool operator==(const PageGrams&) const = default;

  /// Calls fn(gram) for each gram: the characters, then the pairs.
  template <class Fn>
  void ForEach(Fn&& fn) const {
    for (const uint32_t c : chars) fn(SearchGram{c} << 21);
    for (const auto& [a, b] : pairs) fn(SearchGram{chars[a]} << 21 | chars[b]);
  }
};

/// Grams given one by one (characters and pairs in any order; a pair's
/// characters are numbered as they come when they are not among them).
PageGrams NumberGrams(const std::vector<SearchGram>& grams);
/// The grams as 64-bit SearchGrams: the characters, then the pairs.
std::vector<SearchGram> ListGrams(const PageGrams& grams);

/// Packed as varints: the number of characters, the number of pairs, each
/// character's code point, then each pair's two character numbers; about the
/// size of the page's text. No grams at all are packed as nothing.
std::string PackGrams(const PageGrams& grams);
/// The grams of `packed`, or false when it is damaged (cut short, too long,
/// a character that is not a code point, a pair of characters it does not have).
bool UnpackGrams(std::string_view packed, PageGrams* grams);
/// How many grams `packed` holds, read from its head; false when that is damaged.
bool PackedGramCount(std::string_view packed, uint64_t* count);

}  // namespace renkei
