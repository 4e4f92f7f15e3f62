// Fast, stable 64-bit hashes (xxHash's XXH3) for deciding whether an output
// must be rendered again: the same inputs give the same key in every run and
// on every machine, so keys can be stored in the output's manifest.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace renkei {

uint64_t HashBytes(std::string_view bytes);
/// The HashBytes of a file's contents, read in pieces so that memory stays
/// bounded whatever its size. False if it cannot be read.
bool HashFile(const std::string& path, uint64_t* hash);

/// Combines values into one key. Each value is length-prefixed, so ("ab", "c")
/// and ("a", "bc") give different keys.
class Hasher {
 public:
  Hasher& Add(std::string_view bytes);
  Hasher& Add(uint64_t value);
  uint64_t key() const { return state_; }

 private:
  uint64_t state_ = 0x72656e6b6569ULL;  // "renkei"
};

/// 16 lowercase hex digits, and back (false on anything else).
std::string HashHex(uint64_t key);
bool ParseHashHex(std::string_view hex, uint64_t* key);

}  // namespace renkei
