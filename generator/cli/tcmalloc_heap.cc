// Linked into the renkei program with tcmalloc (not into the tests, nor under
// the sanitizers): tcmalloc takes the memory it hands out from a
// HugePageArena instead of from sbrk and mmap, so that the heap is faulted in
// 2 MB at a time (util/huge_page_arena.h says why).
#include <gperftools/malloc_extension.h>
#include <link.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
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

/// Faults in tcmalloc's zero-initialized static data (1.7 MB, mostly its page
/// map, which it clears as it starts) with one system call instead of 390
/// page faults. On this VM every first write to a 4 KB page traps to the
/// hypervisor: the faults took 5-6 ms of every command's start, the one call
/// takes ~3.5 ms (bench/README, session 18). The arena cannot serve here:
/// tcmalloc's static data lies where the dynamic linker put it, in 4 KB pages.
void PrefaultStaticData() {
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void*) {
        if (!info->dlpi_name || !std::strstr(info->dlpi_name, "/libtcmalloc")) return 0;
        const uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_LOAD || !(ph.p_flags & PF_W)) continue;
          // The part past the file's bytes: anonymous zero pages (.bss).
          const uintptr_t start = info->dlpi_addr + ph.p_vaddr;
          const uintptr_t from = (start + ph.p_filesz + page - 1) & ~(page - 1);
          const uintptr_t to = (start + ph.p_memsz + page - 1) & ~(page - 1);
          // An older kernel refuses the advice (EINVAL): the pages then fault in as before.
          // NOLINTNEXTLINE(performance-no-int-to-ptr): the loader gives addresses as integers.
          if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE);
        }
        return 1;
      },
      nullptr);
}

}  // namespace

/// tcmalloc's hook for its system allocator (a weak symbol in
/// libtcmalloc_minimal that this definition replaces), called once, before
/// tcmalloc takes any memory: so all of it, its own tables too, comes from
/// the arena. That is at the process's first allocation, before any static
/// constructor has run and under tcmalloc's lock: nothing here may allocate,
/// hence the static space. Never destroyed: tcmalloc uses it until the end.
/// It is also before tcmalloc clears its page map: the moment to fault it in.
SysAllocator* tc_get_sysalloc_override(SysAllocator* def) {
  PrefaultStaticData();
  return new (allocator_space) HugePageSystemAllocator(def);
}
