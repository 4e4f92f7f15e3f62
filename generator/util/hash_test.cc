#include "util/hash.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("Hasher: order and boundaries of values change the key") {
  CHECK(Hasher().Add("ab").Add("c").key() != Hasher().Add("a").Add("bc").key());
  CHECK(Hasher().Add("a").Add("b").key() != Hasher().Add("b").Add("a").key());
  CHECK(Hasher().Add("x").key() == Hasher().Add("x").key());
  CHECK(Hasher().Add(uint64_t{1}).key() != Hasher().Add(uint64_t{2}).key());
}

TEST_CASE("Hash keys round-trip through 16 hex digits") {
  for (uint64_t k : {uint64_t{0}, uint64_t{1}, HashBytes("在宅医療"), ~uint64_t{0}}) {
    uint64_t back = 1;
    REQUIRE(ParseHashHex(HashHex(k), &back));
    CHECK(back == k);
  }
  uint64_t k = 0;
  CHECK_FALSE(ParseHashHex("123", &k));
  CHECK_FALSE(ParseHashHex("00000000000000zz", &k));
  CHECK_FALSE(ParseHashHex("00000000000000FF", &k));
}
