#include "util/shared_text.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("SharedText owns a string, short or long, and its copies share it", "[shared_text]") {
  for (const std::string& source : {std::string("短い"), std::string(5000, 'x')}) {
    SharedText copy;
    {
      std::string text = source;
      const SharedText owned(std::move(text));
      copy = owned;
      CHECK(copy.view().data() == owned.view().data());  // shared, not copied
    }
    CHECK(copy.view() == source);  // outlives the first one and the string
    CHECK(copy.size() == source.size());
  }
}

TEST_CASE("SharedText borrows bytes its owner keeps alive", "[shared_text]") {
  auto owner = std::make_shared<const std::string>("front matter and body");
  const std::weak_ptr<const std::string> watch = owner;
  SharedText body(std::string_view(*owner).substr(17), owner);
  owner.reset();
  REQUIRE_FALSE(watch.expired());  // the text keeps it
  CHECK(body.view() == "body");
  body = SharedText();
  CHECK(watch.expired());  // and lets it go
}

TEST_CASE("A moved-from SharedText is empty, equality is by bytes", "[shared_text]") {
  SharedText a("本文");
  SharedText b = std::move(a);
  CHECK(a.empty());  // NOLINT(bugprone-use-after-move): what this tests
  CHECK(b.view() == "本文");
  SharedText c;
  c = std::move(b);
  CHECK(b.empty());  // NOLINT(bugprone-use-after-move)
  CHECK(c == SharedText(std::string("本文")));
  CHECK_FALSE(c == SharedText("本"));
}
