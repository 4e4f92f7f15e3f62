#include "load/front_matter.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("Front matter: split with line numbers") {
  auto s = SplitFrontMatter("---\ntitle: A\nslug: a\n---\n本文\n");
  REQUIRE(s);
  CHECK(s->yaml == "title: A\nslug: a\n");
  CHECK(s->body == "本文\n");
  CHECK(s->body_line == 5);
}

TEST_CASE("Front matter: missing or unclosed") {
  CHECK_FALSE(SplitFrontMatter("# no front matter\n"));
  CHECK_FALSE(SplitFrontMatter("---\ntitle: A\n"));
  CHECK_FALSE(SplitFrontMatter(""));
  auto s = SplitFrontMatter("---\ntitle: A\n---");
  REQUIRE(s);
  CHECK(s->body.empty());
}
