// LEB128 varints and length-prefixed strings: the encoding of renkei's own
// bookkeeping files in .renkei/ (search documents, the load cache). Small
// numbers take one byte; readers check every length against what is left, so
// a damaged file is refused, never read past its end.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace renkei {

/// The most bytes a varint of 64 bits takes.
inline constexpr size_t kMaxVarint = 10;

/// Writes `v` at `out`, which has room for kMaxVarint bytes; returns the end.
/// For hot loops: appending to a string byte by byte checked its capacity each time.
inline char* WriteVarint(uint64_t v, char* out) {
  while (v >= 0x80) {
    *out++ = static_cast<char>(v | 0x80);
    v >>= 7;
  }
  *out++ = static_cast<char>(v);
  return out;
}

inline void PutVarint(uint64_t v, std::string* out) {
  char bytes[kMaxVarint];
  out->append(bytes, WriteVarint(v, bytes));
}

/// Reads one varint from the front of `in`; false when it is cut off or too long.
inline bool GetVarint(std::string_view* in, uint64_t* v) {
  *v = 0;
  for (int shift = 0; shift < 64 && !in->empty(); shift += 7) {
    const auto byte = static_cast<uint8_t>(in->front());
    in->remove_prefix(1);
    *v |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return true;
  }
  return false;
}

inline void PutString(std::string_view s, std::string* out) {
  PutVarint(s.size(), out);
  out->append(s);
}

/// Reads a length-prefixed string without copying it: `s` points into `in`.
inline bool GetView(std::string_view* in, std::string_view* s) {
  uint64_t n = 0;
  if (!GetVarint(in, &n) || n > in->size()) return false;
  *s = in->substr(0, n);
  in->remove_prefix(n);
  return true;
}

inline bool GetString(std::string_view* in, std::string* s) {
  std::string_view view;
  if (!GetView(in, &view)) return false;
  s->assign(view);
  return true;
}

}  // namespace renkei
