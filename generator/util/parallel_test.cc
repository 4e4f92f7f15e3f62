#include "util/parallel.h"

#include <catch2/catch.hpp>
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
