// Running independent jobs on every core: the one thread pool of renkei's
// loaders and renderers.
#pragma once

#include <cstddef>
#include <functional>

namespace renkei {

/// The number of threads for `jobs`: jobs itself when > 0, else one per core.
size_t ThreadCount(int jobs);

/// Calls fn(i) for every i in [0, n) on up to ThreadCount(jobs) threads (the
/// calling thread is one of them); returns when all calls have returned. Each
/// thread takes the next index in turn, so fn must only touch what belongs to i
/// (e.g. results[i]); callers that need a deterministic order merge the results
/// by index afterwards. fn must not throw.
void ParallelFor(size_t n, int jobs, const std::function<void(size_t)>& fn);

/// ParallelFor whose fn also gets the number of the thread calling it, in
/// [0, ThreadCount(jobs)): for state each thread keeps to itself (a template
/// renderer with its compiled templates).
void ParallelFor(size_t n, int jobs, const std::function<void(size_t i, size_t thread)>& fn);

}  // namespace renkei
