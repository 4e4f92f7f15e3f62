#include "util/shared_text.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <thread>
#include <vector>

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

TEST_CASE("A deferred SharedText is read once, when first asked for, from any thread",
          "[shared_text]") {
  std::atomic<int> reads{0};
  const SharedText body = SharedText::Deferred([&reads] {
    ++reads;
    return std::string("ファイルから読んだ本文");
  });
  const SharedText copy = body;  // shares the one reading
  CHECK(reads == 0);
  CHECK(body.deferred());
  std::vector<std::thread> threads;
  std::atomic<int> same{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] { same += copy.view() == "ファイルから読んだ本文" ? 1 : 0; });
  for (std::thread& t : threads) t.join();
  CHECK(same == 4);
  CHECK(reads == 1);
  CHECK_FALSE(body.deferred());
  CHECK(body.view().data() == copy.view().data());
  CHECK(body == SharedText("ファイルから読んだ本文"));
}

TEST_CASE("A deferred SharedText whose reading fails throws on every asking", "[shared_text]") {
  int reads = 0;
  const SharedText body = SharedText::Deferred([&reads]() -> std::string {
    ++reads;
    throw std::runtime_error("a.md changed");
  });
  CHECK_THROWS_WITH(body.view(), "a.md changed");
  CHECK_THROWS_WITH(body.size(), "a.md changed");
  CHECK(reads == 1);
}

TEST_CASE("Use reads a deferred SharedText for that call alone, until it is kept",
          "[shared_text]") {
  std::atomic<int> reads{0};
  const SharedText body = SharedText::Deferred([&reads] {
    ++reads;
    return std::string("一度だけ使う本文");
  });
  const auto size = [](std::string_view text) { return text.size(); };
  CHECK(body.Use(size) == std::string("一度だけ使う本文").size());
  CHECK(body.deferred());  // not kept: the next use reads it again
  CHECK(body.Use(size) == std::string("一度だけ使う本文").size());
  CHECK(reads == 2);
  // Used on several threads while another asks for it to keep it.
  std::vector<std::thread> threads;
  std::atomic<int> same{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      const bool ok = t == 0 ? body.view() == "一度だけ使う本文"
                             : body.Use([](std::string_view s) { return s == "一度だけ使う本文"; });
      same += ok ? 1 : 0;
    });
  for (std::thread& t : threads) t.join();
  CHECK(same == 4);
  CHECK_FALSE(body.deferred());
  const int after_kept = reads;
  CHECK(body.Use(size) > 0);
  CHECK(reads == after_kept);  // kept once asked for: Use reads it no more
  // A text that owns its bytes is used as it is.
  CHECK(SharedText("本文").Use(size) == std::string("本文").size());
}
