// Running independent jobs on every core: the one thread pool of renkei's
// loaders and renderers.
//
// Threads are started only where the system allows it: when it refuses one
// (a limit on processes or on address space, each thread wanting 8 MB of
// stack), the work is done on the threads there are, the calling one at
// least. And an exception on any thread (say, out of memory) reaches the
// caller once every thread has stopped, as it would without threads: a
// thread left running, or an exception escaping one, would end the program.
#pragma once

#include <cstddef>
#include <functional>
#include <future>

namespace renkei {

/// The number of threads for `jobs`: jobs itself when > 0, else one per core.
size_t ThreadCount(int jobs);

/// Calls fn(i) for every i in [0, n) on up to ThreadCount(jobs) threads (the
/// calling thread is one of them); returns when all calls have returned. Each
/// thread takes the next index in turn, so fn must only touch what belongs to i
/// (e.g. results[i]); callers that need a deterministic order merge the results
/// by index afterwards. When fn throws, the threads stop taking indices and
/// the first exception is rethrown here once all have stopped.
void ParallelFor(size_t n, int jobs, const std::function<void(size_t)>& fn);

/// ParallelFor whose fn also gets the number of the thread calling it, in
/// [0, ThreadCount(jobs)): for state each thread keeps to itself (a template
/// renderer with its compiled templates).
void ParallelFor(size_t n, int jobs, const std::function<void(size_t i, size_t thread)>& fn);

/// Runs `a` and `b` at the same time, on the calling
/// thread and one more (ParallelFor over the two: one after the other when
/// no thread can be started); returns when neither runs any more. When one
/// throws, its exception is rethrown here, and the other may not have run.
void RunConcurrently(const std::function<void()>& a, const std::function<void()>& b);

/// The launch policy for std::async: on a thread of its own, or, when the
/// system refuses one, when its result is asked for (what libstdc++ does
/// with both policies given).
constexpr std::launch kAsyncIfPossible = std::launch::async | std::launch::deferred;

}  // namespace renkei
