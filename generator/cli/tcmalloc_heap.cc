// Linked into the renkei program with tcmalloc (not into the tests, nor under
// the sanitizers): tcmalloc takes the memory it hands out from a
// HugePageArena instead of from sbrk and mmap, so that the heap is faulted in
// 2 MB at a time (util/huge_page_arena.h says why).
#include <gperftools/malloc_extension.h>
#include <unistd.h>

#include <cstddef>

#include "util/huge_page_arena.h"

namespace {

/// Where the arena's chunks go: 64 MB above the program's data segment,
/// which tcmalloc's default allocator grows (sbrk) before this one is
/// installed. tcmalloc maps every 2 GB of addresses to its spans with a table
/// of 2 MB, zeroed when first needed: chunks anywhere else (mmap puts them
/// below the libraries) cost a table more, 512 page faults in every build.
char* NearTheDataSegment() { return static_cast<char*>(sbrk(0)) + (size_t{64} << 20); }

class HugePageSystemAllocator : public SysAllocator {
 public:
  explicit HugePageSystemAllocator(SysAllocator* fallback)
      : fallback_(fallback), arena_(NearTheDataSegment()) {}

  void* Alloc(size_t size, size_t* actual_size, size_t alignment) override {
    if (void* p = arena_.Alloc(size, alignment)) {
      if (actual_size) *actual_size = size;
      return p;
    }
    // tcmalloc's own (sbrk, then mmap) when the arena has no address space left.
    return fallback_ ? fallback_->Alloc(size, actual_size, alignment) : nullptr;
  }

 private:
  SysAllocator* fallback_;
  renkei::HugePageArena arena_;
};

// Installed before main, so that nearly the whole heap is in the arena (only
// what the libraries' own static initializers took before is not: tcmalloc
// starts at their first allocation, and zeroes ~3.5 MB of its own tables then,
// ~900 page faults and ~10 ms of every command's start that this cannot reach).
// Never destroyed: tcmalloc keeps using it until the process ends.
[[maybe_unused]] const bool kInstalled = [] {
  MallocExtension* tcmalloc = MallocExtension::instance();
  tcmalloc->SetSystemAllocator(new HugePageSystemAllocator(tcmalloc->GetSystemAllocator()));
  return true;
}();

}  // namespace
