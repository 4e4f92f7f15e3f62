// The program's heap in 2 MB pages (transparent huge pages) where the kernel
// offers them: a one-page edit at 10,000 pages touched ~68 MB of heap in
// 17,400 faults of 4 KB, and its exit gave them back one by one; in 2 MB
// pages that is ~3,000 faults (most of them the binary's own pages), and the
// edit and a full pages build each took 11-15% less wall time (bench/README.md,
// session 11).
#pragma once

namespace renkei {

/// Makes tcmalloc take its memory from regions advised for huge pages. Does
/// nothing when the program's malloc is not tcmalloc (the sanitizer builds),
/// and costs nothing when the kernel has huge pages off: the advice is ignored.
void UseHugePageHeap();

}  // namespace renkei

#if RENKEI_TCMALLOC
#include <gperftools/malloc_extension.h>

#include <cstddef>

namespace renkei {

/// Hands out consecutive pieces of regions aligned to huge pages and advised
/// for them. tcmalloc calls Alloc under its own lock and gives memory back only
/// by madvise, which works here as on its own mappings.
class HugePageAllocator : public SysAllocator {
 public:
  static constexpr size_t kSmallPage = 4096;
  static constexpr size_t kHugePage = size_t{2} << 20;
  /// Address space reserved at a time: only the pages touched take memory
  /// (MAP_NORESERVE), and a build's heap mostly fits one region.
  static constexpr size_t kRegion = size_t{256} << 20;

  /// `fallback` serves what a region cannot: tcmalloc's own allocator.
  explicit HugePageAllocator(SysAllocator* fallback);
  void* Alloc(size_t size, size_t* actual_size, size_t alignment) override;

 private:
  /// A new region of `bytes` (a multiple of kHugePage) at a huge page boundary.
  bool Reserve(size_t bytes);

  SysAllocator* fallback_;
  char* next_ = nullptr;  // the rest of the current region
  char* end_ = nullptr;
};

}  // namespace renkei
#endif
