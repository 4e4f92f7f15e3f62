#include "cli/huge_page_heap.h"

#if RENKEI_TCMALLOC

#include <gperftools/malloc_extension.h>
#include <sys/mman.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace renkei {

namespace {

constexpr size_t RoundUp(size_t n, size_t to) { return (n + to - 1) & ~(to - 1); }

/// `p` moved up to the next multiple of `to` (a power of two).
char* AlignUp(char* p, size_t to) {
  const auto at = reinterpret_cast<uintptr_t>(p);
  return p + (RoundUp(at, to) - at);
}

}  // namespace

HugePageAllocator::HugePageAllocator(SysAllocator* fallback) : fallback_(fallback) {}

void* HugePageAllocator::Alloc(size_t size, size_t* actual_size, size_t alignment) {
  alignment = std::max(alignment, kSmallPage);
  if (size == 0 || size > (size_t{1} << 46) || alignment > kRegion)
    return fallback_->Alloc(size, actual_size, alignment);
  size = RoundUp(size, kSmallPage);
  char* start = next_ ? AlignUp(next_, alignment) : nullptr;
  if (!start || start > end_ || size > static_cast<size_t>(end_ - start)) {
    if (!Reserve(std::max(kRegion, RoundUp(size + alignment, kHugePage))))
      return fallback_->Alloc(size, actual_size, alignment);
    start = AlignUp(next_, alignment);
  }
  next_ = start + size;
  if (actual_size) *actual_size = size;
  return start;
}

bool HugePageAllocator::Reserve(size_t bytes) {
  const size_t mapped = bytes + kHugePage;
  void* p = mmap(nullptr, mapped, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return false;
  char* const first = static_cast<char*>(p);
  char* const begin = AlignUp(first, kHugePage);
  // The unaligned head and the tail go back: only the aligned region stays.
  if (begin > first) munmap(first, begin - first);
  if (first + mapped > begin + bytes) munmap(begin + bytes, first + mapped - (begin + bytes));
  // Refused when the kernel has no transparent huge pages: then 4 KB pages,
  // as from tcmalloc's own allocator.
  madvise(begin, bytes, MADV_HUGEPAGE);
  next_ = begin;
  end_ = begin + bytes;
  return true;
}

void UseHugePageHeap() {
  MallocExtension* malloc = MallocExtension::instance();
  // Never destroyed: tcmalloc may still ask for memory while the program exits.
  static auto* const allocator = new HugePageAllocator(malloc->GetSystemAllocator());
  malloc->SetSystemAllocator(allocator);
}

}  // namespace renkei

#else

namespace renkei {
void UseHugePageHeap() {}
}  // namespace renkei

#endif
