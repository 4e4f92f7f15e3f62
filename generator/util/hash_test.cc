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
  CHECK(Hasher().Add("").key() != Hasher().key());
}

TEST_CASE("Hasher: values small and large, gathered or not, make stable keys") {
  const std::string large(1000, 'x'), medium(200, 'y');
  const auto key = [&](const std::string& a, const std::string& b) {
    Hasher h;
    for (int i = 0; i < 50; ++i) h.Add(a).Add(uint64_t(i)).Add(b);
    return h.key();
  };
  CHECK(key(large, medium) == key(large, medium));
  CHECK(key(large, medium) != key(medium, large));
  CHECK(key(medium, "") != key(medium, "z"));
  // A value's last byte matters wherever it falls.
  std::string changed = large;
  changed.back() = 'z';
  CHECK(key(large, medium) != key(changed, medium));
  Hasher h;
  h.Add(medium);
  const uint64_t once = h.key();
  CHECK(h.key() == once);  // key() does not change the hasher
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
  CHECK_FALSE(ParseHashHex("0000000000000/:g", &k));  // next to the digits' and letters' ranges
  CHECK_FALSE(ParseHashHex("00000000000000\xe3\x80", &k));  // bytes above 127
  CHECK_FALSE(ParseHashHex(std::string_view("000000000000000\0", 16), &k));
  CHECK(k == 0);  // left alone by a failure
  REQUIRE(ParseHashHex("0123456789abcdef", &k));
  CHECK(k == 0x0123456789abcdefu);
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
