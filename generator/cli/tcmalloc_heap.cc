// Linked into the renkei program with tcmalloc (not into the tests, nor under
// the sanitizers): tcmalloc takes the memory it hands out from a
// HugePageArena instead of from sbrk and mmap, so that the heap is faulted in
// 2 MB at a time (util/huge_page_arena.h says why).
#include <gperftools/malloc_extension.h>

#include <cstddef>
#include <new>

#include "util/huge_page_arena.h"

namespace {

class HugePageSystemAllocator : public SysAllocator {
 public:
  explicit HugePageSystemAllocator(SysAllocator* fallback) : fallback_(fallback) {}

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

alignas(HugePageSystemAllocator) unsigned char allocator_space[sizeof(HugePageSystemAllocator)];

}  // namespace

/// tcmalloc's hook for its system allocator (a weak symbol in
/// libtcmalloc_minimal that this definition replaces), called once, before
/// tcmalloc takes any memory: so all of it, its own tables too, comes from
/// the arena. That is at the process's first allocation, before any static
/// constructor has run and under tcmalloc's lock: nothing here may allocate,
/// hence the static space. Never destroyed: tcmalloc uses it until the end.
SysAllocator* tc_get_sysalloc_override(SysAllocator* def) {
  return new (allocator_space) HugePageSystemAllocator(def);
}
