#include "build/manifest.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("Manifest: serialize and parse round-trip, paths with spaces included") {
  Manifest m;
  m.inputs = 42;
  m.out.emplace_back("news/a b/index.html", Manifest::Output{7, 900});
  m.diagnostics.push_back("content/x.md:3:1: warning: こちら [link-text]");
  m.out.emplace_back("a/index.html", Manifest::Output{8, 10});
  Manifest back;
  REQUIRE(Manifest::Parse(m.Serialize(), &back));
  CHECK(back.inputs == 42);
  REQUIRE(back.out.size() == 2);
  CHECK(back.out[0].first == "a/index.html");  // sorted: the same outputs, the same bytes
  CHECK(back.out[1].first == "news/a b/index.html");
  CHECK(back.out[1].second.key == 7);
  CHECK(back.out[1].second.size == 900);
  CHECK(back.diagnostics == m.diagnostics);
  CHECK(back.Serialize() == m.Serialize());
}

TEST_CASE("Manifest: anything else is no manifest, so everything is rendered") {
  Manifest m;
  CHECK_FALSE(Manifest::Parse("", &m));
  CHECK_FALSE(Manifest::Parse("renkei-manifest 0\n", &m));
  CHECK_FALSE(Manifest::Parse("renkei-manifest 2\nout zz 1 x\n", &m));
  CHECK_FALSE(Manifest::Parse("renkei-manifest 2\nin 0000000000000001\n", &m));
  CHECK_FALSE(Manifest::Parse("renkei-manifest 2\nbogus\n", &m));
  CHECK(m.out.empty());
  CHECK(Manifest::Parse("renkei-manifest 2\n", &m));
}
