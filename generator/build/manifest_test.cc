#include "build/manifest.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("Manifest: serialize and parse round-trip, paths with spaces included") {
  Manifest m;
  m.inputs = 42;
  m.in["content/pages/お知らせ 1.md"] = 0xabcdef;
  m.out["news/a b/index.html"] = {7, 900};
  m.diagnostics.push_back("content/x.md:3:1: warning: こちら [link-text]");
  Manifest back;
  REQUIRE(Manifest::Parse(m.Serialize(), &back));
  CHECK(back.inputs == 42);
  REQUIRE(back.in.count("content/pages/お知らせ 1.md"));
  CHECK(back.in["content/pages/お知らせ 1.md"] == 0xabcdef);
  CHECK(back.out["news/a b/index.html"].key == 7);
  CHECK(back.out["news/a b/index.html"].size == 900);
  CHECK(back.diagnostics == m.diagnostics);
  CHECK(back.Serialize() == m.Serialize());
}

TEST_CASE("Manifest: anything else is no manifest, so everything is rendered") {
  Manifest m;
  CHECK_FALSE(Manifest::Parse("", &m));
  CHECK_FALSE(Manifest::Parse("renkei-manifest 0\n", &m));
  CHECK_FALSE(Manifest::Parse("renkei-manifest 1\nout zz 1 x\n", &m));
  CHECK_FALSE(Manifest::Parse("renkei-manifest 1\nin 0000000000000001\n", &m));
  CHECK_FALSE(Manifest::Parse("renkei-manifest 1\nbogus\n", &m));
  CHECK(m.out.empty());
  CHECK(Manifest::Parse("renkei-manifest 1\n", &m));
}
