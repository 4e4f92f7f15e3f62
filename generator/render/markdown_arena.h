// A bump allocator for cmark-gfm, one per thread: a page's nodes, strings and
// HTML are carved from a few large blocks and dropped all at once when the page
// is done, instead of a malloc and a free each. malloc and free were a fifth of
// a pages build's CPU, a third of it cmark's.
#pragma once

#include <cmark-gfm.h>

namespace renkei {

/// While alive, ThreadMarkdownMem() allocates from this thread's arena; at its
/// end everything allocated from it is dropped (the blocks stay for the next
/// page). Not nested: one page at a time per thread.
class MarkdownArenaScope {
 public:
  MarkdownArenaScope() = default;
  ~MarkdownArenaScope();
  MarkdownArenaScope(const MarkdownArenaScope&) = delete;
  MarkdownArenaScope& operator=(const MarkdownArenaScope&) = delete;
  /// cmark's allocator for this thread's arena; free() through it does nothing.
  cmark_mem* mem() const;
};

}  // namespace renkei
