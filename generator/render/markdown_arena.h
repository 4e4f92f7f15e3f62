// A bump allocator for cmark-gfm, one per thread: a page's nodes, strings and
// HTML are carved from a few large blocks and dropped all at once when the page
// is done, instead of a malloc and a free each. malloc and free were a fifth of
// a pages build's CPU, a third of it cmark's.
#pragma once

#include <cmark-gfm.h>

#include <cstddef>

// Under AddressSanitizer (gcc says so with __SANITIZE_ADDRESS__, clang with
// __has_feature), what the arena has not handed out is poisoned.
#if defined(__SANITIZE_ADDRESS__)
#define RENKEI_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RENKEI_ASAN 1
#endif
#endif

namespace renkei {

/// mem() allocates from this thread's arena; at the scope's end everything
/// allocated since its start is dropped (the blocks stay for the next page).
/// Scopes on one thread nest: an inner one drops only what came after it.
class MarkdownArenaScope {
 public:
  MarkdownArenaScope();
  ~MarkdownArenaScope();
  MarkdownArenaScope(const MarkdownArenaScope&) = delete;
  MarkdownArenaScope& operator=(const MarkdownArenaScope&) = delete;
  /// cmark's allocator for this thread's arena; free() through it does nothing.
  cmark_mem* mem() const;

 private:
  size_t block_, used_;  // where the arena stood when the scope began
};

}  // namespace renkei
