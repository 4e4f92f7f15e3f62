#include "serve/live_reload.h"

#include <catch2/catch.hpp>
#include <thread>

using renkei::InjectReloadScript;
using renkei::LiveReload;
using renkei::ReloadScript;
using renkei::StateJson;

TEST_CASE("LiveReload: versions follow builds and errors") {
  LiveReload live;
  const LiveReload::State first = live.Current();
  live.Built(/*changed=*/false, "");  // up to date: nothing for the pages
  CHECK(live.Current().version == first.version);

  live.Built(true, "");
  CHECK(live.Current().site == first.site + 1);
  CHECK(live.Current().version == first.version + 1);

  live.Built(false, "a.md:1:1: error: \"bad\" <b>");
  const LiveReload::State failed = live.Current();
  CHECK(failed.site == first.site + 1);  // the last good site stays
  CHECK(failed.error == "a.md:1:1: error: \"bad\" <b>");
  CHECK(StateJson(failed) == "{\"version\":" + std::to_string(failed.version) +
                                 ",\"site\":" + std::to_string(failed.site) +
                                 ",\"error\":\"a.md:1:1: error: \\\"bad\\\" <b>\"}");

  live.Built(false, "");  // fixed, but nothing to write: the overlay goes
  CHECK(live.Current().error.empty());
  CHECK(live.Current().version == failed.version + 1);
}

TEST_CASE("LiveReload: Wait returns on a change, a timeout or Stop") {
  LiveReload live;
  const uint64_t v = live.Current().version;
  CHECK(live.Wait(v - 1, std::chrono::seconds(5)).version == v);    // already different
  CHECK(live.Wait(v, std::chrono::milliseconds(10)).version == v);  // timed out

  std::thread builder([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    live.Built(true, "");
  });
  CHECK(live.Wait(v, std::chrono::seconds(30)).version == v + 1);
  builder.join();

  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    live.Stop();
  });
  const auto start = std::chrono::steady_clock::now();
  live.Wait(v + 1, std::chrono::seconds(30));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
  stopper.join();
}

TEST_CASE("InjectReloadScript: before the last </body>, else at the end") {
  CHECK(InjectReloadScript("<body><p>x</p></body></html>", 7) ==
        "<body><p>x</p><script src=\"/__renkei/live.js\" data-site=\"7\"></script></body></html>");
  CHECK(InjectReloadScript("<p>no body", 1) ==
        "<p>no body<script src=\"/__renkei/live.js\" data-site=\"1\"></script>");
}

TEST_CASE("ReloadScript: shows errors as text, never as markup") {
  const std::string_view js = ReloadScript();
  CHECK(js.find("textContent") != js.npos);
  CHECK(js.find("innerHTML") == js.npos);
  CHECK(js.find("/__renkei/wait") != js.npos);
}
