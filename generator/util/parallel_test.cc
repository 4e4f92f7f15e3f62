#include "util/parallel.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace renkei;

TEST_CASE("ParallelFor: every index exactly once, whatever the thread count") {
  for (int jobs : {0, 1, 2, 7}) {
    std::vector<int> hits(1000, 0);
    ParallelFor(hits.size(), jobs, [&](size_t i) { ++hits[i]; });
    for (int h : hits) CHECK(h == 1);
  }
  ParallelFor(0, 4, [](size_t) { FAIL("no work, no call"); });
}

TEST_CASE("ThreadCount: a positive --jobs is taken as is, 0 means one per core") {
  CHECK(ThreadCount(3) == 3);
  CHECK(ThreadCount(0) >= 1);
}

TEST_CASE("ParallelFor: thread numbers stay below the thread count, calls may nest and overlap") {
  for (int jobs : {2, 3, 8}) {
    std::vector<size_t> thread_of(2000, ~size_t{0});
    ParallelFor(thread_of.size(), jobs, [&](size_t i, size_t thread) { thread_of[i] = thread; });
    for (size_t t : thread_of) CHECK(t < ThreadCount(jobs));
  }
  // Calls from several threads at once, and from inside a call: each returns
  // when its own indices are done.
  std::vector<std::atomic<int>> hits(64 * 64);
  std::vector<std::thread> callers;
  for (int c = 0; c < 4; ++c)
    callers.emplace_back([&hits, c] {
      ParallelFor(16, 3, [&hits, c](size_t outer) {
        ParallelFor(64, 2,
                    [&hits, c, outer](size_t inner) { ++hits[(c * 16 + outer) * 64 + inner]; });
      });
    });
  for (std::thread& t : callers) t.join();
  for (const std::atomic<int>& h : hits) CHECK(h == 1);
}

TEST_CASE("ParallelFor: an exception on any thread reaches the caller once all threads stopped") {
  for (int jobs : {1, 2, 8}) {
    std::atomic<int> running{0}, after_failure{0};
    std::atomic<bool> failed{false};
    CHECK_THROWS_WITH(ParallelFor(10000, jobs,
                                  [&](size_t i) {
                                    ++running;
                                    if (failed) ++after_failure;
                                    if (i == 500) {
                                      failed = true;
                                      --running;
                                      throw std::runtime_error("index 500");
                                    }
                                    --running;
                                  }),
                      "index 500");
    CHECK(running == 0);  // no call still going when the exception arrived
    // On one thread nothing runs after the failure. (With more, the others
    // take indices until the exception has been caught, which under the
    // sanitizers can be hundreds of them.)
    if (jobs == 1) CHECK(after_failure == 0);
  }
}

TEST_CASE("RunConcurrently: both run at the same time when a thread can be had") {
  // Each side waits (at most 10 s) for the other to have begun: only two
  // threads at once can both see it.
  std::atomic<bool> background_started{false}, foreground_started{false};
  std::atomic<bool> background_saw{false}, foreground_saw{false};
  const auto meet = [](std::atomic<bool>& mine, const std::atomic<bool>& other,
                       std::atomic<bool>& saw) {
    mine = true;
    for (int i = 0; i < 10000 && !other; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    saw = other.load();
  };
  RunConcurrently([&] { meet(background_started, foreground_started, background_saw); },
                  [&] { meet(foreground_started, background_started, foreground_saw); });
  CHECK(background_saw);
  CHECK(foreground_saw);
}

TEST_CASE("RunConcurrently: an exception of either side is rethrown once neither runs") {
  std::atomic<int> running{0};
  const auto slow = [&running] {
    ++running;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    --running;
  };
  CHECK_THROWS_WITH(RunConcurrently([] { throw std::runtime_error("background"); }, slow),
                    "background");
  CHECK(running == 0);
  CHECK_THROWS_WITH(RunConcurrently(slow, [] { throw std::runtime_error("foreground"); }),
                    "foreground");
  CHECK(running == 0);
}
