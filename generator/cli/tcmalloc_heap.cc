// Linked into the renkei program with tcmalloc (not into the tests, nor under
// the sanitizers): tcmalloc takes the memory it hands out from a
// HugePageArena instead of from sbrk and mmap, so that the heap is faulted in
// 2 MB at a time (util/huge_page_arena.h says why).
#include <gperftools/malloc_extension.h>

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
    return fallback_->Alloc(size, actual_size, alignment);
  }

 private:
  SysAllocator* fallback_;
  renkei::HugePageArena arena_;
};

// Installed before main, so that nearly the whole heap is in the arena (only
// what the libraries' own static initializers took before is not). Never
// destroyed: tcmalloc keeps using it until the process ends.
[[maybe_unused]] const bool kInstalled = [] {
  MallocExtension* tcmalloc = MallocExtension::instance();
  tcmalloc->SetSystemAllocator(new HugePageSystemAllocator(tcmalloc->GetSystemAllocator()));
  return true;
}();

}  // namespace
