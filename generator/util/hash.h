// Fast, stable 64-bit hashes (xxHash's XXH3) for deciding whether an output
// must be rendered again: the same inputs give the same key in every run and
// on every machine, so keys can be stored in the output's manifest.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace renkei {

uint64_t HashBytes(std::string_view bytes);
/// The HashBytes of a file's contents, read in pieces so that memory stays
/// bounded whatever its size. False if it cannot be read.
bool HashFile(const std::string& path, uint64_t* hash);

/// Combines values into one key. Each value is length-prefixed, so ("ab", "c")
/// and ("a", "bc") give different keys. Small values are gathered and hashed
/// together: a page's key is a dozen short values, and hashing each on its own
/// was 4 ms of a one-page rebuild at N = 10,000 (120,000 pages' worth of calls).
class Hasher {
 public:
  Hasher& Add(std::string_view bytes);
  Hasher& Add(uint64_t value);
  uint64_t key() const;

 private:
  void Append(const void* bytes, size_t size);
  void Fold();  // hashes what was gathered into state_

  static constexpr size_t kGathered = 256;
  uint64_t state_ = 0x72656e6b6569ULL;  // "renkei"
  size_t used_ = 0;
  char gathered_[kGathered];
};

/// 16 lowercase hex digits, and back (false on anything else).
std::string HashHex(uint64_t key);
bool ParseHashHex(std::string_view hex, uint64_t* key);

}  // namespace renkei
