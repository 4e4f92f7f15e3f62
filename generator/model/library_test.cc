#include "model/library.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

Page PageAt(const std::string& url_path, const std::string& slug) {
  Page p;
  p.url_path = url_path;
  p.slug = slug;
  return p;
}

}  // namespace

TEST_CASE("A pamphlet's page is found by its address, else by its slug", "[library]") {
  Library lib;
  lib.pages = {PageAt("soudan/", "soudan"), PageAt("news/soudan/", "soudan"),
               PageAt("news/event/", "event")};
  bool ambiguous = false;
  CHECK(lib.FindPage("news/soudan", &ambiguous) == 1);
  CHECK(lib.FindPage("news/soudan/", &ambiguous) == 1);
  CHECK_FALSE(ambiguous);
  CHECK(lib.FindPage("event", &ambiguous) == 2);
  CHECK_FALSE(ambiguous);
  CHECK(lib.FindPage("nothing", &ambiguous) == -1);
  // "soudan" is the address of the first page: that one, not ambiguous.
  CHECK(lib.FindPage("soudan", &ambiguous) == 0);
  CHECK_FALSE(ambiguous);
  lib.pages[0].url_path = "about/soudan/";
  CHECK(lib.FindPage("soudan", &ambiguous) == 1);  // two of that slug: the last
  CHECK(ambiguous);
  CHECK(lib.FindPage("soudan") == 1);  // without asking
}
