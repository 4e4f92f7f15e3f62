// Memory from the system in transparent huge pages (2 MB) instead of 4 KB
// ones, for the program's heap (cli/tcmalloc_heap.cc).
//
// On these VMs the first touch of every 4 KB page costs a trap to the
// hypervisor: a one-page edit of a 10,000-page site took 13,800 page faults,
// about a third of its 0.21 s. Huge pages take one fault per 2 MB: 1,500
// faults and 0.14 s; a full build took 13% less time (bench/README.md,
// session 17). Linux gives huge pages only to memory that asks for them
// (madvise) on most distributions, Debian's included. The kernel may then
// compact memory to find a free 2 MB page when a fault needs one, and falls
// back to 4 KB pages when it finds none.
#pragma once

#include <cstddef>
#include <mutex>

namespace renkei {

class HugePageArena {
 public:
  /// Reserves address space `chunk` bytes at a time (a multiple of 2 MB);
  /// pages are only faulted in, and counted, when first written. The unused
  /// rest of the last chunk still counts against an address-space limit
  /// (`ulimit -v`): the sample site builds under 125 MB with 16 MB chunks
  /// (130 MB without the arena), under 180 MB with 64 MB ones.
  explicit HugePageArena(size_t chunk = size_t{16} << 20) : chunk_(chunk) {}
  HugePageArena(const HugePageArena&) = delete;
  HugePageArena& operator=(const HugePageArena&) = delete;

  /// `size` bytes aligned to `alignment` (a power of two), zeroed, never
  /// handed out again; null when the system has no more address space.
  /// Thread-safe.
  void* Alloc(size_t size, size_t alignment);

 private:
  /// Starts a new chunk of at least `size` bytes, 2 MB aligned; false when
  /// mmap fails.
  bool Reserve(size_t size);

  const size_t chunk_;
  std::mutex mu_;
  char* next_ = nullptr;  // the free part of the current chunk: [next_, end_)
  char* end_ = nullptr;
};

}  // namespace renkei
