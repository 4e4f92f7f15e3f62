#include "render/site/gram_numbers.h"

#include <bit>

namespace renkei {

GramNumbers::GramNumbers(size_t capacity) {
  size_t slots = 16;
  while (slots < 2 * capacity) slots *= 2;
  Resize(slots);
}

std::pair<uint32_t, bool> GramNumbers::InsertNew(SearchGram g, size_t i) {
  const auto number = static_cast<uint32_t>(grams_.size());
  slots_[i] = {g, number};
  grams_.push_back(g);
  used_.push_back(i);
  if (2 * grams_.size() > slots_.size()) Grow();
  return {number, true};
}

void GramNumbers::Grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  Resize(old.size() * 2);
  used_.clear();
  for (const Slot& s : old) {
    if (s.gram == 0) continue;
    size_t i = Home(s.gram);
    while (slots_[i].gram != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = s;
    used_.push_back(i);
  }
}

void GramNumbers::Resize(size_t slots) {
  slots_.assign(slots, {});
  shift_ = 64 - std::countr_zero(slots);
}

void GramNumbers::Clear() {
  for (const size_t i : used_) slots_[i] = {};
  used_.clear();
  grams_.clear();
}

}  // namespace renkei
