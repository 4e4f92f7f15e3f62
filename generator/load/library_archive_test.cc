#include "load/library_archive.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "load/content_loader.h"
#include "util/hash.h"

namespace renkei {
namespace {

/// The records and pages of `dir` (relative to the source tree) and what loading said.
Library Load(const std::string& dir, Diagnostics* d) {
  Library lib;
  LoadContent(RENKEI_SOURCE_DIR "/" + dir, *d, &lib);
  return lib;
}

void CheckSameRecords(const Library& a, const Library& b) {
  CHECK(a.site == b.site);
  CHECK(a.municipalities == b.municipalities);
  CHECK(a.items == b.items);
  CHECK(a.indicators == b.indicators);
  CHECK(a.statuses == b.statuses);
  CHECK(a.budgets == b.budgets);
  CHECK(a.models == b.models);
  CHECK(a.outcomes == b.outcomes);
}

TEST_CASE("records and pages read back exactly as they were loaded", "[load_cache]") {
  // The sample content has every kind of record; the broken ones have messages.
  for (const char* dir : {"content", "tests/broken/page-errors", "tests/broken/status-errors",
                          "tests/hostile/content"}) {
    INFO(dir);
    Diagnostics d;
    const Library lib = Load(dir, &d);
    const LoadedRecords diags{d.all(), {}, d.all()};
    Library back;
    LoadedRecords diags_back;
    REQUIRE(DecodeRecords(EncodeRecords(lib, diags), &back, &diags_back));
    CheckSameRecords(lib, back);
    CHECK(diags_back.first == diags.first);
    CHECK(diags_back.statuses.empty());
    CHECK(diags_back.others == diags.others);
    for (const Page& page : lib.pages) {
      CHECK(page.body_key == HashBytes(page.body_markdown));  // what a rebuild keys pages by
      const LoadedPage p{page, d.all()};
      LoadedPage p_back;
      REQUIRE(DecodePage(EncodePage(p), &p_back));
      // All but the body, which the load cache reads from the file (at body_offset).
      CHECK(p_back.page->body_markdown.empty());
      p_back.page->body_markdown = page.body_markdown;
      CHECK(p_back.page == p.page);
      CHECK(p_back.diags == p.diags);
    }
  }
  CHECK(Diagnostics().all().empty());
}

TEST_CASE("a page read with an owner borrows its front matter; its body is not kept",
          "[load_cache]") {
  Page page;
  page.title = "在宅医療";
  page.body_markdown = std::string(3000, 'x');
  page.front_matter = "title: 在宅医療\n";
  const auto bytes = std::make_shared<const std::string>(EncodePage({page, {}}));
  CHECK(bytes->size() < 200);
  const std::string_view in = *bytes;
  const auto inside = [&in](std::string_view text) {
    return text.data() >= in.data() && text.data() + text.size() <= in.data() + in.size();
  };
  LoadedPage borrowed, copied;
  REQUIRE(DecodePage(in, &borrowed, bytes));
  REQUIRE(DecodePage(in, &copied));
  CHECK(borrowed.page->front_matter == page.front_matter);
  CHECK(inside(borrowed.page->front_matter));
  CHECK_FALSE(inside(copied.page->front_matter));
  CHECK(borrowed.page->body_markdown.empty());
  page.body_markdown = SharedText();
  CHECK(borrowed.page == page);
  CHECK(copied.page == page);
}

TEST_CASE("a draft (no page) reads back as no page", "[load_cache]") {
  const LoadedPage draft{std::nullopt, {{{"content/pages/a.md", 2, 3}, Severity::kWarning, "w"}}};
  LoadedPage back{Page{}, {}};
  REQUIRE(DecodePage(EncodePage(draft), &back));
  CHECK_FALSE(back.page.has_value());
  CHECK(back.diags == draft.diags);
}

TEST_CASE("a damaged archive is refused, never read past its end", "[load_cache]") {
  Diagnostics d;
  const Library lib = Load("content", &d);
  const std::string bytes = EncodeRecords(lib, {});
  Library back;
  LoadedRecords diags;
  // Every cut; ASan checks that none reads outside the bytes.
  for (size_t n = 0; n < bytes.size(); n += 1 + n / 64) {
    INFO(n);
    CHECK_FALSE(DecodeRecords(std::string_view(bytes).substr(0, n), &back, &diags));
  }
  CHECK_FALSE(DecodeRecords(bytes + "x", &back, &diags));  // left over
  // A huge count must not allocate wildly.
  CHECK_FALSE(
      DecodeRecords(std::string("\x02\xff\xff\xff\xff\xff\xff\xff\xff\x01", 10), &back, &diags));
  // All or nothing: a refused archive left `back` as it was.
  CHECK(back.statuses.empty());
  CHECK(back.municipalities.empty());
  CHECK(back.site == Site{});
  back.pages = lib.pages;  // loaded meanwhile: taking the records over keeps them
  REQUIRE(DecodeRecords(bytes, &back, &diags));
  CheckSameRecords(lib, back);
  CHECK(back.pages == lib.pages);
}

}  // namespace
}  // namespace renkei
