#include "render/markdown_arena.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

// Poisoned under AddressSanitizer: cmark reading or writing past an
// allocation (into the padding, or memory a scope dropped) is reported as it
// would be with malloc.
#if defined(RENKEI_ASAN)
#include <sanitizer/asan_interface.h>
#define RENKEI_POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define RENKEI_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define RENKEI_POISON(p, n) ((void)(p), (void)(n))
#define RENKEI_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

namespace renkei {

namespace {

// Each allocation is preceded by its size (for realloc), in a 16-byte header
// that keeps the alignment malloc gives.
constexpr size_t kHeader = 16;
constexpr size_t kBlockSize = 256 * 1024;
// Blocks beyond this are returned when a page is done: one huge page must not
// keep its memory for the rest of the build.
constexpr size_t kKeptBytes = 4 * 1024 * 1024;

void* Checked(void* p) {
  if (!p) std::abort();  // as cmark's own allocator does: it cannot report failure
  return p;
}

class Arena {
 public:
  ~Arena() {
    for (const Block& b : blocks_) Free(b);
  }

  void* Allocate(size_t size) {
    if (size > SIZE_MAX / 2) std::abort();
    const size_t need = kHeader + ((size + 15) & ~size_t{15});
    while (current_ < blocks_.size() && used_ + need > blocks_[current_].size) {
      ++current_;
      used_ = 0;
    }
    if (current_ == blocks_.size()) {
      const size_t block = need > kBlockSize ? need : kBlockSize;
      blocks_.push_back({static_cast<char*>(Checked(std::malloc(block))), block});
      RENKEI_POISON(blocks_.back().data, block);
      used_ = 0;
    }
    char* p = blocks_[current_].data + used_;
    used_ += need;
    RENKEI_UNPOISON(p, kHeader + size);
    std::memcpy(p, &size, sizeof size);
    last_ = p + kHeader;
    return last_;
  }

  void* Reallocate(void* old, size_t size) {
    if (!old) return Allocate(size);
    size_t old_size = 0;
    std::memcpy(&old_size, static_cast<char*>(old) - kHeader, sizeof old_size);
    if (size <= old_size) return old;
    // The last allocation grows where it is when its block has room: a
    // growing buffer (the page's HTML) is mostly the last thing allocated.
    if (old == last_) {
      const size_t start = static_cast<size_t>(static_cast<char*>(old) - blocks_[current_].data);
      const size_t need = (size + 15) & ~size_t{15};
      if (start + need <= blocks_[current_].size) {
        used_ = start + need;
        RENKEI_UNPOISON(old, size);
        std::memcpy(static_cast<char*>(old) - kHeader, &size, sizeof size);
        return old;
      }
    }
    void* grown = Allocate(size);
    std::memcpy(grown, old, old_size);
    return grown;
  }

  void Mark(size_t* block, size_t* used) const {
    *block = current_;
    *used = used_;
  }
  /// Back to where Mark was: what was allocated since is dropped.
  void Release(size_t block, size_t used) {
    last_ = nullptr;
    for (size_t b = block; b < blocks_.size(); ++b) {
      const size_t from = b == block ? used : 0;
      RENKEI_POISON(blocks_[b].data + from, blocks_[b].size - from);
    }
    if (block != 0 || used != 0) {
      current_ = block;
      used_ = used;
      return;
    }
    current_ = 0;
    used_ = 0;
    size_t kept = 0;
    size_t i = 0;
    for (; i < blocks_.size() && kept + blocks_[i].size <= kKeptBytes; ++i) kept += blocks_[i].size;
    for (size_t j = i; j < blocks_.size(); ++j) Free(blocks_[j]);
    blocks_.resize(i);
  }

 private:
  struct Block {
    char* data;
    size_t size;
  };
  static void Free(const Block& b) {
    RENKEI_UNPOISON(b.data, b.size);
    std::free(b.data);
  }
  std::vector<Block> blocks_;
  size_t current_ = 0;  // the block allocated from
  size_t used_ = 0;     // bytes used of it
  void* last_ = nullptr;
};

thread_local Arena arena;

void* ArenaCalloc(size_t count, size_t size) {
  if (size != 0 && count > SIZE_MAX / size) std::abort();
  void* p = arena.Allocate(count * size);
  std::memset(p, 0, count * size);
  return p;
}
void* ArenaRealloc(void* p, size_t size) { return arena.Reallocate(p, size); }
void ArenaFree(void*) {}

cmark_mem arena_mem = {ArenaCalloc, ArenaRealloc, ArenaFree};

}  // namespace

MarkdownArenaScope::MarkdownArenaScope() { arena.Mark(&block_, &used_); }

MarkdownArenaScope::~MarkdownArenaScope() { arena.Release(block_, used_); }

cmark_mem* MarkdownArenaScope::mem() const { return &arena_mem; }

}  // namespace renkei
