#include "render/site/page_grams.h"

#include "render/site/char_numbers.h"
#include "util/varint.h"

namespace renkei {

namespace {

/// Reads the head of packed grams: how many characters and pairs follow
/// (each at least a byte, so no more than the bytes left).
bool ReadCounts(std::string_view* packed, uint64_t* chars, uint64_t* pairs) {
  return GetVarint(packed, chars) && GetVarint(packed, pairs) && *chars <= packed->size() &&
         *pairs <= packed->size();
}

}  // namespace

PageGrams NumberGrams(const std::vector<SearchGram>& grams) {
  // The characters first, numbered in order; then the pairs, which may
  // number characters that are not grams of their own.
  thread_local CharNumbers numbers;
  numbers.Clear();
  for (const SearchGram g : grams)
    if ((g & 0x1FFFFF) == 0) numbers.Insert(static_cast<uint32_t>(g >> 21));
  PageGrams out;
  for (const SearchGram g : grams) {
    if ((g & 0x1FFFFF) == 0) continue;
    // The first character is numbered before the second (not as arguments are).
    const uint32_t first = numbers.Insert(static_cast<uint32_t>(g >> 21)).first;
    out.pairs.emplace_back(first, numbers.Insert(static_cast<uint32_t>(g & 0x1FFFFF)).first);
  }
  out.chars = numbers.chars();
  return out;
}

std::vector<SearchGram> ListGrams(const PageGrams& grams) {
  std::vector<SearchGram> list;
  list.reserve(grams.size());
  grams.ForEach([&list](SearchGram g) { list.push_back(g); });
  return list;
}

std::string PackGrams(const PageGrams& grams) {
  if (grams.empty()) return {};
  // Written into a buffer with room for the longest varints (kept by the
  // thread: only its growth is ever zeroed), then copied out once.
  thread_local std::string buffer;
  const size_t room = (2 + grams.chars.size() + 2 * grams.pairs.size()) * kMaxVarint;
  if (buffer.size() < room) buffer.resize(room);
  char* p = WriteVarint(grams.pairs.size(), WriteVarint(grams.chars.size(), buffer.data()));
  for (const uint32_t c : grams.chars) p = WriteVarint(c, p);
  for (const auto& [a, b] : grams.pairs) p = WriteVarint(b, WriteVarint(a, p));
  return std::string(buffer.data(), p);
}

bool UnpackGrams(std::string_view packed, PageGrams* grams) {
  grams->chars.clear();
  grams->pairs.clear();
  if (packed.empty()) return true;
  uint64_t chars = 0, pairs = 0;
  if (!ReadCounts(&packed, &chars, &pairs)) return false;
  grams->chars.reserve(chars);
  grams->pairs.reserve(pairs);
  for (uint64_t i = 0; i < chars; ++i) {
    uint64_t c = 0;
    if (!GetVarint(&packed, &c) || c == 0 || c > 0x10FFFF) return false;
    grams->chars.push_back(static_cast<uint32_t>(c));
  }
  for (uint64_t i = 0; i < pairs; ++i) {
    uint64_t a = 0, b = 0;
    if (!GetVarint(&packed, &a) || !GetVarint(&packed, &b) || a >= chars || b >= chars)
      return false;
    grams->pairs.emplace_back(static_cast<uint32_t>(a), static_cast<uint32_t>(b));
  }
  return packed.empty();
}

bool PackedGramCount(std::string_view packed, uint64_t* count) {
  uint64_t chars = 0, pairs = 0;
  *count = 0;
  if (packed.empty()) return true;
  if (!ReadCounts(&packed, &chars, &pairs)) return false;
  *count = chars + pairs;
  return true;
}

}  // namespace renkei
