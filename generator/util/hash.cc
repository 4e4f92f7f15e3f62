#include "util/hash.h"

#include <xxhash.h>

namespace renkei {

uint64_t HashBytes(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

Hasher& Hasher::Add(std::string_view bytes) {
  Add(static_cast<uint64_t>(bytes.size()));
  state_ = XXH3_64bits_withSeed(bytes.data(), bytes.size(), state_);
  return *this;
}

Hasher& Hasher::Add(uint64_t value) {
  state_ = XXH3_64bits_withSeed(&value, sizeof value, state_);
  return *this;
}

std::string HashHex(uint64_t key) {
  static const char kDigits[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, key >>= 4) hex[i] = kDigits[key & 15];
  return hex;
}

bool ParseHashHex(std::string_view hex, uint64_t* key) {
  if (hex.size() != 16) return false;
  uint64_t v = 0;
  for (char c : hex) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (d < 0) return false;
    v = v << 4 | static_cast<uint64_t>(d);
  }
  *key = v;
  return true;
}

}  // namespace renkei
