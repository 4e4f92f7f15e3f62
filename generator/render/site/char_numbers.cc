#include "render/site/char_numbers.h"

#include <sys/mman.h>

#include <new>

namespace renkei {

namespace {
constexpr size_t kTableBytes = (size_t{1} << 21) * sizeof(uint32_t);
}

// Mapped, not calloc'ed: calloc may take the table from a thread's heap and
// zero all 8 MB of it (RSS +32 MB for a build's four tables).
CharNumbers::CharNumbers() {
  void* table = mmap(nullptr, kTableBytes, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (table == MAP_FAILED) throw std::bad_alloc();
  number_plus_one_ = static_cast<uint32_t*>(table);
}

CharNumbers::~CharNumbers() { munmap(number_plus_one_, kTableBytes); }

void CharNumbers::Clear() {
  for (const uint32_t c : chars_) number_plus_one_[c] = 0;
  chars_.clear();
}

void PairSet::Grow() {
  std::vector<uint32_t> old(slots_.size() * 2, 0);
  old.swap(slots_);
  used_.clear();
  for (const uint32_t stored : old) {
    if (stored == 0) continue;
    size_t i = Home(stored);
    while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = stored;
    used_.push_back(static_cast<uint32_t>(i));
  }
}

void PairSet::Clear() {
  for (const uint32_t i : used_) slots_[i] = 0;
  used_.clear();
  for (const uint32_t w : set_words_) bits_[w] = 0;
  set_words_.clear();
  bits_set_ = 0;
}

}  // namespace renkei
