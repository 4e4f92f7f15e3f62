#include "util/parallel.h"

#include <atomic>
#include <catch2/catch.hpp>
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
