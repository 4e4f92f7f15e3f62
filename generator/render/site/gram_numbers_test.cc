#include "render/site/gram_numbers.h"

#include <catch2/catch.hpp>

namespace renkei {

TEST_CASE("Gram numbers: one number per distinct gram, in the order first seen") {
  GramNumbers numbers(2);  // tiny: grows many times below
  CHECK(numbers.Insert(7) == std::pair<uint32_t, bool>{0, true});
  CHECK(numbers.Insert(9) == std::pair<uint32_t, bool>{1, true});
  CHECK(numbers.Insert(7) == std::pair<uint32_t, bool>{0, false});
  for (SearchGram g = 100; g < 10100; ++g) numbers.Insert(g << 21 | 3);
  CHECK(numbers.size() == 10002);
  // Numbers survive the table's growth.
  CHECK(numbers.Insert(9) == std::pair<uint32_t, bool>{1, false});
  CHECK(numbers.Insert(uint64_t{5000} << 21 | 3) == std::pair<uint32_t, bool>{4902, false});
  CHECK(numbers.grams()[4902] == (uint64_t{5000} << 21 | 3));
  const std::vector<SearchGram> grams = numbers.TakeGrams();
  CHECK(grams.size() == 10002);
  CHECK(grams.front() == 7);
}

}  // namespace renkei
