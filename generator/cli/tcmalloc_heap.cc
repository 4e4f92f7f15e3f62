// Linked into the renkei program with tcmalloc (not into the tests, nor under
// the sanitizers): tcmalloc takes the memory it hands out from a
// HugePageArena instead of from sbrk and mmap, so that the heap is faulted in
// 2 MB at a time (util/huge_page_arena.h says why).
#include <gperftools/malloc_extension.h>
#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <new>

#include "util/huge_page_arena.h"

// The bounds of tcmalloc's static data, set by tcmalloc_bss.ld.
extern "C" char renkei_tcmalloc_bss_start[], renkei_tcmalloc_bss_end[];

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

/// Faults in tcmalloc's zero-initialized static data (1.7 MB: its page map,
/// its free lists, its size classes) as one huge page, before tcmalloc first
/// writes to it. On this VM the first write to each fresh 4 KB page costs a
/// trap to the hypervisor (~8 us), even once the kernel has mapped it, and
/// tcmalloc's start wrote to ~400 of them: a hello-world program linked with
/// tcmalloc and this hook took 6.3-7.0 ms, 4.1-4.3 ms with the huge page
/// (3.3-3.8 ms without tcmalloc; bench/README, session 20). A huge page needs
/// 2 MB of aligned and untouched addresses: tcmalloc_bss.ld aligns and pads
/// the data, and this runs from .preinit_array, before the libraries'
/// initializers, the first of which to allocate starts tcmalloc. Where the
/// kernel gives no huge page (transparent huge pages off), the pages still
/// fault in with one call.
void FaultInStaticData(int, char**, char**) {
  // Two symbols, not one array: their distance is taken as integers.
  const auto size = static_cast<size_t>(reinterpret_cast<uintptr_t>(renkei_tcmalloc_bss_end) -
                                        reinterpret_cast<uintptr_t>(renkei_tcmalloc_bss_start));
  ::madvise(renkei_tcmalloc_bss_start, size, MADV_HUGEPAGE);
  // An older kernel refuses this advice (EINVAL): the pages then fault in one by one.
  ::madvise(renkei_tcmalloc_bss_start, size, MADV_POPULATE_WRITE);
}

// The dynamic linker calls the program's .preinit_array before any other
// initializer, its libraries' included.
[[gnu::section(".preinit_array"),
  gnu::used]] void (*const fault_in_static_data)(int, char**, char**) = &FaultInStaticData;

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
