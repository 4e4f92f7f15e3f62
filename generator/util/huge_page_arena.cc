#include "util/huge_page_arena.h"

#include <sys/mman.h>

#include <cstdint>
#include <limits>

namespace renkei {

namespace {

constexpr size_t kHugePage = size_t{2} << 20;

/// `p` moved up to the next multiple of `to` (a power of two).
char* AlignUp(char* p, size_t to) {
  const size_t past = reinterpret_cast<uintptr_t>(p) & (to - 1);
  return past == 0 ? p : p + (to - past);
}

}  // namespace

void* HugePageArena::Alloc(size_t size, size_t alignment) {
  // Past this the arithmetic below could wrap; no such request can succeed.
  if (size > std::numeric_limits<size_t>::max() / 4 || alignment > kHugePage) return nullptr;
  if (alignment == 0) alignment = 1;
  std::lock_guard<std::mutex> lock(mu_);
  char* start = next_ ? AlignUp(next_, alignment) : nullptr;
  if (!start || start > end_ || size > static_cast<size_t>(end_ - start)) {
    // The rest of the old chunk is left unused: it is address space only,
    // never touched, so it costs no memory.
    if (!Reserve(size)) return nullptr;
    start = next_;
  }
  next_ = start + size;
  return start;
}

bool HugePageArena::Reserve(size_t size) {
  const size_t want = size > chunk_ ? (size + kHugePage - 1) / kHugePage * kHugePage : chunk_;
  // One huge page more than wanted, so that a 2 MB aligned range of `want`
  // bytes lies inside: the kernel maps huge pages only at such addresses.
  void* p = mmap(nullptr, want + kHugePage, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return false;
  char* base = AlignUp(static_cast<char*>(p), kHugePage);
  // Where the kernel has no huge pages, or they are turned off, the chunk is
  // served in 4 KB pages, as without the arena.
  madvise(base, want, MADV_HUGEPAGE);
  next_ = base;
  end_ = base + want;
  return true;
}

}  // namespace renkei
