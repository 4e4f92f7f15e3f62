#include "render/site/char_numbers.h"

#include <catch2/catch.hpp>

namespace renkei {

TEST_CASE("Char numbers: one number per character, in the order first seen, until Clear") {
  CharNumbers numbers;
  CHECK(numbers.Insert(U'在') == std::pair<uint32_t, bool>{0, true});
  CHECK(numbers.Insert(U'宅') == std::pair<uint32_t, bool>{1, true});
  CHECK(numbers.Insert(U'在') == std::pair<uint32_t, bool>{0, false});
  CHECK(numbers.Insert(0x1F600) == std::pair<uint32_t, bool>{2, true});  // beyond the BMP
  CHECK(numbers.Insert(0x10FFFF) == std::pair<uint32_t, bool>{3, true});
  CHECK(numbers.chars() == std::vector<uint32_t>{U'在', U'宅', 0x1F600, 0x10FFFF});
  numbers.Clear();
  CHECK(numbers.chars().empty());
  CHECK(numbers.Insert(U'宅') == std::pair<uint32_t, bool>{0, true});
  CHECK(numbers.Insert(U'在') == std::pair<uint32_t, bool>{1, true});
}

TEST_CASE("Pair set: each key once, across growth and Clear") {
  PairSet set;
  CHECK(set.Insert(0));  // the key 0 is a key like any other
  CHECK_FALSE(set.Insert(0));
  CHECK(set.Insert(0xFFFFFFFE));
  int fresh = 0;
  for (uint32_t k = 1; k <= 50000; ++k) fresh += set.Insert(k << 16 | (k % 7));  // grows
  CHECK(fresh == 50000);
  CHECK(set.size() == 50002);
  int again = 0;
  for (uint32_t k = 1; k <= 50000; ++k) again += set.Insert(k << 16 | (k % 7));
  CHECK(again == 0);
  CHECK_FALSE(set.Insert(0));
  set.Clear();
  CHECK(set.size() == 0);
  CHECK(set.Insert(0));
  CHECK(set.Insert(1 << 16 | 1));
}

TEST_CASE("Pair set: the bitmap's pairs and the hashed ones are one set") {
  PairSet set;
  // Both numbers below 1,024 (the bitmap), one above (hashed), at the edges.
  for (const uint32_t key : {0u, 1023u, 1023u << 16, 1023u << 16 | 1023, 1024u, 1024u << 16,
                             1u << 16 | 1024, 0xFFFEu << 16 | 0xFFFE})
    CHECK(set.Insert(key));
  CHECK(set.size() == 8);
  for (const uint32_t key : {0u, 1023u, 1023u << 16, 1023u << 16 | 1023, 1024u, 1024u << 16,
                             1u << 16 | 1024, 0xFFFEu << 16 | 0xFFFE})
    CHECK_FALSE(set.Insert(key));
  CHECK(set.Insert(1));  // a neighbour of a bit set is not set
  CHECK(set.Insert(1022u << 16 | 1023));
  set.Clear();
  CHECK(set.size() == 0);
  CHECK(set.Insert(1023u << 16 | 1023));
  CHECK(set.Insert(1024u));
}

}  // namespace renkei
