#include "build/stamps.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("Stamps: serialize and parse round-trip") {
  Stamps s;
  s.taken_ns = 1'700'000'000'000'000'000;
  s.files["content/pages/お知らせ 1.md"] = {{120, 5, 6, 77}, 0xabcdef0123456789};
  Stamps back;
  const std::vector<std::pair<std::string_view, Stamps::Entry>> list(s.files.begin(),
                                                                     s.files.end());
  REQUIRE(Stamps::Parse(Stamps::Serialize(s.taken_ns, list), &back));
  CHECK(back.taken_ns == s.taken_ns);
  CHECK(back.files == s.files);
  CHECK_FALSE(Stamps::Parse("renkei-stamps 2\ntaken x\n", &back));
  CHECK_FALSE(Stamps::Parse("renkei-stamps 2\ntaken 5\n1 2 3\n", &back));
  CHECK_FALSE(Stamps::Parse("renkei-stamps 1\ntaken 5\n", &back));  // an older version
  CHECK(back.files.empty());
}

TEST_CASE("Stamps: a file is unchanged only with the same stamp, changed well before") {
  Stamps s;
  s.taken_ns = 10'000'000'000;
  const FileStamp old{100, 1'000'000'000, 1'000'000'000, 5};
  s.files["a"] = {old, 42};
  uint64_t hash = 0;
  CHECK(s.Unchanged("a", old, &hash));
  CHECK(hash == 42);
  CHECK_FALSE(s.Unchanged("b", old, &hash));  // new file
  FileStamp edited = old;
  edited.ctime_ns += 1;
  CHECK_FALSE(s.Unchanged("a", edited, &hash));
  edited = old;
  edited.size = 101;
  CHECK_FALSE(s.Unchanged("a", edited, &hash));
  // Changed just before the stamps were taken: it could change again in the same tick.
  const FileStamp racy{100, 9'500'000'000, 9'500'000'000, 5};
  s.files["r"] = {racy, 7};
  CHECK_FALSE(s.Unchanged("r", racy, &hash));
}

TEST_CASE("Stamps: settled means changed 2 s or more before the stamps were taken") {
  const int64_t taken = 10'000'000'000;
  CHECK(Stamps::Settled({1, 0, 7'999'999'999, 1}, taken));
  CHECK_FALSE(Stamps::Settled({1, 0, 8'000'000'000, 1}, taken));
  CHECK_FALSE(Stamps::Settled({1, 0, 11'000'000'000, 1}, taken));  // after: a clock set back
}
