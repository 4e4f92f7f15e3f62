#include "util/hash.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

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

TEST_CASE("HashFile equals HashBytes of the contents, across read pieces") {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("renkei-hash-" + std::to_string(getpid())))
          .string();
  const std::string text(200000, 'a');  // several 64 KB pieces
  std::ofstream(path, std::ios::binary) << text;
  uint64_t h = 0;
  REQUIRE(HashFile(path, &h));
  CHECK(h == HashBytes(text));
  std::filesystem::remove(path);
  CHECK_FALSE(HashFile(path, &h));
}
