#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace renkei {

size_t ThreadCount(int jobs) {
  if (jobs > 0) return static_cast<size_t>(jobs);
  return std::max(1u, std::thread::hardware_concurrency());
}

void ParallelFor(size_t n, int jobs, const std::function<void(size_t, size_t)>& fn) {
  std::atomic<size_t> next{0};
  auto work = [&](size_t thread) {
    for (size_t i; (i = next++) < n;) fn(i, thread);
  };
  const size_t threads = std::min(n, ThreadCount(jobs));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& t : pool) t.join();
}

void ParallelFor(size_t n, int jobs, const std::function<void(size_t)>& fn) {
  ParallelFor(n, jobs, [&fn](size_t i, size_t) { fn(i); });
}

}  // namespace renkei
