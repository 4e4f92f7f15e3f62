#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace renkei {

namespace {

/// The first exception of several threads.
class FirstFailure {
 public:
  void Catch() {
    std::lock_guard<std::mutex> lock(mu_);
    if (!failure_) failure_ = std::current_exception();
  }
  void RethrowIfAny() const {
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  std::mutex mu_;
  std::exception_ptr failure_;
};

/// A thread running `fn`, or none when the system refuses to start one.
std::thread TryStartThread(const std::function<void()>& fn) {
  try {
    return std::thread(fn);
  } catch (const std::system_error&) {
    return std::thread();
  }
}

}  // namespace

size_t ThreadCount(int jobs) {
  if (jobs > 0) return static_cast<size_t>(jobs);
  // Asked once: glibc reads /sys/devices/system/cpu/online at every call
  // (three system calls), and a no-change rebuild asks eight times.
  static const size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return cores;
}

void ParallelFor(size_t n, int jobs, const std::function<void(size_t, size_t)>& fn) {
  std::atomic<size_t> next{0};
  FirstFailure failure;
  auto work = [&](size_t thread) {
    try {
      for (size_t i; (i = next++) < n;) fn(i, thread);
    } catch (...) {
      failure.Catch();
      next = n;  // the other threads stop at their next index
    }
  };
  const size_t threads = std::min(n, ThreadCount(jobs));
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (size_t t = 1; t < threads; ++t) {
    pool.push_back(TryStartThread([&work, t] { work(t); }));
    if (!pool.back().joinable()) break;  // the threads started so far do the work
  }
  work(0);
  for (std::thread& t : pool)
    if (t.joinable()) t.join();
  failure.RethrowIfAny();
}

void ParallelFor(size_t n, int jobs, const std::function<void(size_t)>& fn) {
  ParallelFor(n, jobs, [&fn](size_t i, size_t) { fn(i); });
}

void RunConcurrently(const std::function<void()>& a, const std::function<void()>& b) {
  ParallelFor(2, 2, [&](size_t i) { (i == 0 ? a : b)(); });
}

}  // namespace renkei
