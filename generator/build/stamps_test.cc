#include "build/stamps.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

/// Stamps taken at `taken_ns` of `files`, as the next build reads them.
Stamps Taken(int64_t taken_ns, const std::vector<Stamps::Named>& files) {
  Stamps s;
  REQUIRE(Stamps::Parse(Stamps::Serialize(taken_ns, files), &s));
  return s;
}

}  // namespace

TEST_CASE("Stamps: serialize and parse round-trip") {
  const std::vector<Stamps::Named> files = {
      {"content/pages/お知らせ 1.md", {{120, 5, 6, 77}, 0xabcdef0123456789}},
      {"content/items.yaml", {{3, 4, 5, 6}, 7}}};
  Stamps back = Taken(1'700'000'000'000'000'000, files);
  CHECK(back.taken_ns() == 1'700'000'000'000'000'000);
  CHECK(back.files() == files);
  CHECK_FALSE(Stamps::Parse("renkei-stamps 2\ntaken x\n", &back));
  CHECK_FALSE(Stamps::Parse("renkei-stamps 2\ntaken 5\n1 2 3\n", &back));
  CHECK_FALSE(Stamps::Parse("renkei-stamps 1\ntaken 5\n", &back));  // an older version
  CHECK(back.files().empty());
}

TEST_CASE("Stamps: moved, they still find names by place and by name") {
  const FileStamp f{1, 2, 3, 4};
  Stamps moved = Taken(10'000'000'000, {{"content/a.md", {f, 9}}, {"content/b.md", {f, 8}}});
  const Stamps kept = std::move(moved);
  uint64_t hash = 0;
  CHECK(kept.Unchanged("content/a.md", 0, f, &hash));
  CHECK(hash == 9);
  CHECK(kept.Unchanged("content/b.md", 0, f, &hash));  // not in its place: the table is made
  CHECK(hash == 8);
}

TEST_CASE("Stamps: a file is unchanged only with the same stamp, changed well before") {
  const FileStamp old{100, 1'000'000'000, 1'000'000'000, 5};
  // Changed just before the stamps were taken: it could change again in the same tick.
  const FileStamp racy{100, 9'500'000'000, 9'500'000'000, 5};
  const Stamps s = Taken(10'000'000'000, {{"a", {old, 42}}, {"r", {racy, 7}}});
  uint64_t hash = 0;
  CHECK(s.Unchanged("a", 0, old, &hash));
  CHECK(hash == 42);
  CHECK_FALSE(s.Unchanged("b", 0, old, &hash));  // new file
  FileStamp edited = old;
  edited.ctime_ns += 1;
  CHECK_FALSE(s.Unchanged("a", 0, edited, &hash));
  edited = old;
  edited.size = 101;
  CHECK_FALSE(s.Unchanged("a", 0, edited, &hash));
  CHECK_FALSE(s.Unchanged("r", 1, racy, &hash));
}

TEST_CASE("Stamps: a name not where it is looked for first is found by its name") {
  std::vector<std::string> names;
  for (int i = 0; i < 100; ++i) names.push_back("content/pages/" + std::to_string(i) + ".md");
  std::vector<Stamps::Named> files;
  for (int i = 0; i < 100; ++i)
    files.push_back({names[i], {{i, 1, 1, static_cast<uint64_t>(i)}, 1000u + i}});
  const Stamps s = Taken(10'000'000'000, files);
  uint64_t hash = 0;
  // Where it was: found at once. One file fewer before it: found by its name.
  CHECK(s.Unchanged("content/pages/7.md", 7, {7, 1, 1, 7}, &hash));
  CHECK(hash == 1007);
  CHECK(s.Unchanged("content/pages/7.md", 6, {7, 1, 1, 7}, &hash));
  CHECK(s.Unchanged("content/pages/99.md", 500, {99, 1, 1, 99}, &hash));  // past the end
  CHECK(hash == 1099);
  CHECK_FALSE(s.Unchanged("content/pages/100.md", 100, {100, 1, 1, 100}, &hash));
  // The stamp at the position of another name is not taken for it.
  CHECK_FALSE(s.Unchanged("content/pages/x.md", 7, {7, 1, 1, 7}, &hash));
}

TEST_CASE("Stamps: settled means changed 2 s or more before the stamps were taken") {
  const int64_t taken = 10'000'000'000;
  CHECK(Stamps::Settled({1, 0, 7'999'999'999, 1}, taken));
  CHECK_FALSE(Stamps::Settled({1, 0, 8'000'000'000, 1}, taken));
  CHECK_FALSE(Stamps::Settled({1, 0, 11'000'000'000, 1}, taken));  // after: a clock set back
}
