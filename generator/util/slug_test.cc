#include "util/slug.h"

#include <catch2/catch.hpp>

using renkei::IsSlug;

TEST_CASE("Slugs: URL- and file-system-safe names only") {
  CHECK(IsSlug("zaitaku-iryo"));
  CHECK(IsSlug("news2026"));
  CHECK_FALSE(IsSlug(""));
  CHECK_FALSE(IsSlug("../etc"));
  CHECK_FALSE(IsSlug("a/b"));
  CHECK_FALSE(IsSlug("a\\b"));
  CHECK_FALSE(IsSlug("Zaitaku"));
  CHECK_FALSE(IsSlug("在宅"));
  CHECK_FALSE(IsSlug(std::string(101, 'a')));
  CHECK_FALSE(IsSlug(std::string_view("a\0b", 3)));
  CHECK_FALSE(IsSlug("lead_body"));
  CHECK(IsSlug("lead_body", /*allow_underscore=*/true));
}

TEST_CASE("Slugs: Windows reserved device names are refused") {
  for (const char* name : {"con", "prn", "aux", "nul", "com1", "lpt9"}) CHECK_FALSE(IsSlug(name));
  CHECK(IsSlug("console"));
  CHECK(IsSlug("com0"));
}
