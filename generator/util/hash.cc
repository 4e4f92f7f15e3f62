#include "util/hash.h"

#include <fcntl.h>
#include <unistd.h>
#include <xxhash.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>

namespace renkei {

uint64_t HashBytes(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

bool HashFile(const std::string& path, uint64_t* hash) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(),
                                                                 XXH3_freeState);
  XXH3_64bits_reset(state.get());
  char buf[1 << 16];
  bool ok = true;
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ok = false;
      break;
    }
    XXH3_64bits_update(state.get(), buf, static_cast<size_t>(n));
  }
  ::close(fd);
  if (ok) *hash = XXH3_64bits_digest(state.get());
  return ok;
}

Hasher& Hasher::Add(std::string_view bytes) {
  Add(static_cast<uint64_t>(bytes.size()));
  Append(bytes.data(), bytes.size());
  return *this;
}

Hasher& Hasher::Add(uint64_t value) {
  Append(&value, sizeof value);
  return *this;
}

void Hasher::Append(const void* bytes, size_t size) {
  if (used_ + size > kGathered) Fold();
  if (size > kGathered) {
    state_ = XXH3_64bits_withSeed(bytes, size, state_);  // a large value: at once
    return;
  }
  std::memcpy(gathered_ + used_, bytes, size);
  used_ += size;
}

void Hasher::Fold() {
  if (used_ == 0) return;
  state_ = XXH3_64bits_withSeed(gathered_, used_, state_);
  used_ = 0;
}

uint64_t Hasher::key() const {
  return used_ == 0 ? state_ : XXH3_64bits_withSeed(gathered_, used_, state_);
}

std::string HashHex(uint64_t key) {
  static const char kDigits[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, key >>= 4) hex[i] = kDigits[key & 15];
  return hex;
}

namespace {

/// Each character's value as a lower-case hex digit, or kNotHex.
constexpr uint8_t kNotHex = 0x10;
constexpr std::array<uint8_t, 256> kHexDigits = [] {
  std::array<uint8_t, 256> t{};
  t.fill(kNotHex);
  for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<uint8_t>(c - '0');
  for (int c = 'a'; c <= 'f'; ++c) t[c] = static_cast<uint8_t>(c - 'a' + 10);
  return t;
}();

}  // namespace

bool ParseHashHex(std::string_view hex, uint64_t* key) {
  if (hex.size() != 16) return false;
  // From a table, without a branch per digit: a no-change rebuild parses
  // 22,000 of these, and telling digits from letters was a mispredicted
  // branch for every other character (3% of its time).
  uint64_t v = 0;
  unsigned seen = 0;
  for (const char c : hex) {
    const unsigned d = kHexDigits[static_cast<unsigned char>(c)];
    seen |= d;
    v = v << 4 | (d & 15u);
  }
  if (seen & kNotHex) return false;
  *key = v;
  return true;
}

}  // namespace renkei
