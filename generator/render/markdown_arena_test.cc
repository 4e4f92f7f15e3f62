#include "render/markdown_arena.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstring>
#include <string>

#include "render/markdown.h"

#if defined(RENKEI_ASAN)
#include <sanitizer/asan_interface.h>
#endif

namespace renkei {

TEST_CASE("Markdown arena: calloc zeroes, realloc keeps the bytes, in place or not") {
  const MarkdownArenaScope scope;
  cmark_mem* mem = scope.mem();
  auto* zeroed = static_cast<unsigned char*>(mem->calloc(100, 3));
  CHECK(std::all_of(zeroed, zeroed + 300, [](unsigned char c) { return c == 0; }));
  // The last allocation grows where it is; an earlier one moves.
  char* a = static_cast<char*>(mem->realloc(nullptr, 10));
  std::memcpy(a, "0123456789", 10);
  char* grown = static_cast<char*>(mem->realloc(a, 1000));
  CHECK(grown == a);
  CHECK(std::string(grown, 10) == "0123456789");
  char* b = static_cast<char*>(mem->calloc(1, 16));
  char* moved = static_cast<char*>(mem->realloc(a, 2000));
  CHECK(moved != a);
  CHECK(std::string(moved, 10) == "0123456789");
  CHECK(b[0] == 0);
  // Larger than a block, and past the end of one.
  char* big = static_cast<char*>(mem->calloc(1, 3 << 20));
  big[(3 << 20) - 1] = 'x';
  char* grown_past = static_cast<char*>(mem->realloc(moved, 300000));
  CHECK(std::string(grown_past, 10) == "0123456789");
  CHECK(reinterpret_cast<uintptr_t>(mem->calloc(1, 1)) % 16 == 0);
  mem->free(big);  // does nothing: the scope drops it
}

TEST_CASE("Markdown arena: an inner scope drops only what came after it") {
  const MarkdownArenaScope outer;
  char* kept = static_cast<char*>(outer.mem()->calloc(1, 100));
  std::memcpy(kept, "outer", 6);
  {
    const MarkdownArenaScope inner;
    for (int i = 0; i < 40; ++i) {  // more than a block: the inner scope moves on to new ones
      char* p = static_cast<char*>(inner.mem()->calloc(1, 20000));
      std::memset(p, 'x', 20000);
    }
    // A render in between (it has its own scope) leaves the outer text alone too.
    CHECK(RenderMarkdown("**太字**", {}) == "<p><strong>太字</strong></p>\n");
  }
  CHECK(std::string(kept) == "outer");
  char* after = static_cast<char*>(outer.mem()->calloc(1, 100));
  CHECK(after != kept);
  std::memcpy(after, "after", 6);
  CHECK(std::string(kept) == "outer");
}

TEST_CASE("Markdown arena: a page larger than the arena's blocks renders whole, page after page") {
  std::string md;
  for (int i = 0; i < 4000; ++i)
    md += "## 見出し" + std::to_string(i) + "\n\n{在宅医療|ざいたくいりょう}の*段落* " +
          std::to_string(i) + "。[リンク](/a/)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n";
  for (int round = 0; round < 2; ++round) {
    const std::string html = RenderMarkdown(md, {});
    size_t paragraphs = 0;
    for (size_t at = html.find("<p>"); at != std::string::npos; at = html.find("<p>", at + 1))
      ++paragraphs;
    CHECK(paragraphs == 4000);
    CHECK(html.find("<h2>見出し3999</h2>") != std::string::npos);
    CHECK(html.find("<ruby>在宅医療<rt>ざいたくいりょう</rt></ruby>の<em>段落</em> 3999") !=
          std::string::npos);
    CHECK(html.ends_with("</table>\n"));
  }
}

#if defined(RENKEI_ASAN)
TEST_CASE("Markdown arena: under ASan, what is not handed out is poisoned") {
  char* p = nullptr;
  {
    const MarkdownArenaScope scope;
    p = static_cast<char*>(scope.mem()->calloc(1, 10));
    CHECK_FALSE(__asan_address_is_poisoned(p + 9));
    CHECK(__asan_address_is_poisoned(p + 10));  // the padding up to 16 bytes
  }
  CHECK(__asan_address_is_poisoned(p));  // dropped with its scope
}
#endif

}  // namespace renkei
