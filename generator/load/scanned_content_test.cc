#include "util/scanned_content.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "load/content_loader.h"
#include "util/file.h"
#include "util/hash.h"

namespace renkei {

namespace {

constexpr const char* kFixture = RENKEI_SOURCE_DIR "/tests/fixtures/site/content";

/// The fixture's content as the loaders read it from disk, without a fingerprint.
Library LoadedWithoutScan() {
  Library lib;
  Diagnostics diags;
  REQUIRE(LoadContent(kFixture, diags, &lib));
  REQUIRE_FALSE(diags.has_errors());
  return lib;
}

}  // namespace

TEST_CASE("Scanned content: bytes are taken once, and only those kept") {
  ScannedContent scanned;
  scanned.Add("pages/a.md", "abc");
  std::string bytes;
  CHECK_FALSE(scanned.Take("pages/b.md", &bytes));
  REQUIRE(scanned.Take("pages/a.md", &bytes));
  CHECK(bytes == "abc");
  CHECK_FALSE(scanned.Take("pages/a.md", &bytes));  // then the loader reads the file itself
}

TEST_CASE("Scanned content: the loaders take what the fingerprint read instead of reading again") {
  const std::string dir = kFixture;
  const Library on_disk = LoadedWithoutScan();

  // The bytes given for one page and for the site file differ from the disk's:
  // what is loaded is what was given (and hashed), not what is on disk.
  std::string page_text, site_text;
  REQUIRE(ReadFile(dir + "/pages/" + on_disk.pages.front().source, &page_text));
  REQUIRE(ReadFile(dir + "/site.yaml", &site_text));
  const std::string old_title = on_disk.pages.front().title;
  const size_t at = page_text.find(old_title);
  REQUIRE(at != std::string::npos);
  page_text.replace(at, old_title.size(), "読み込み済みの題");
  ScannedContent scanned;
  scanned.Add("pages/" + on_disk.pages.front().source, page_text);
  scanned.Add("site.yaml", site_text + "\n# 同じ内容\n");
  Library lib;
  Diagnostics d2;
  REQUIRE(LoadContent(dir, d2, &lib, nullptr, &scanned));
  REQUIRE_FALSE(d2.has_errors());
  REQUIRE(lib.pages.size() == on_disk.pages.size());
  CHECK(lib.pages.front().title == "読み込み済みの題");
  CHECK(lib.pages.back().title == on_disk.pages.back().title);
  std::string left;
  CHECK_FALSE(scanned.Take("site.yaml", &left));  // taken by the site loader
}

TEST_CASE("Scanned content: a page of which only the hash was kept is read again, and must match") {
  const std::string dir = kFixture;
  const Library on_disk = LoadedWithoutScan();
  REQUIRE(on_disk.pages.size() >= 2);
  const std::string first = "pages/" + on_disk.pages.front().source;
  const std::string last = "pages/" + on_disk.pages.back().source;
  std::string first_bytes, last_bytes;
  REQUIRE(ReadFile(dir + "/" + first, &first_bytes));
  REQUIRE(ReadFile(dir + "/" + last, &last_bytes));
  // The first page as it was hashed; the last as if it changed after that.
  ScannedContent scanned;
  scanned.AddHash(first, HashBytes(first_bytes));
  scanned.AddHash(last, HashBytes(last_bytes + "\n変わる前\n"));
  std::string taken;
  CHECK_FALSE(scanned.Take(first, &taken));  // no bytes to hand over
  Library lib;
  Diagnostics d2;
  LoadContent(dir, d2, &lib, nullptr, &scanned);
  REQUIRE(d2.all().size() == 1);
  CHECK(d2.all()[0].where.path == dir + "/" + last);
  CHECK(d2.all()[0].message == "the file changed while renkei was building: build again");
  REQUIRE(lib.pages.size() == on_disk.pages.size() - 1);
  const Page& page = lib.pages.front();
  CHECK(page.title == on_disk.pages.front().title);
  // Its body is not kept: it is read from the file when asked for.
  CHECK(page.body_markdown.deferred());
  CHECK(page.body_markdown.view() == on_disk.pages.front().body_markdown.view());
  CHECK(page.front_matter.view().find("title:") != std::string_view::npos);
}

TEST_CASE("Scanned content: the loaders list the entries the fingerprint listed") {
  const std::string dir = kFixture;
  const Library on_disk = LoadedWithoutScan();
  REQUIRE(on_disk.pages.size() >= 2);
  // The entries as listed a moment ago: one page since gone from them, one
  // added (its bytes read with the listing), and a link, which is warned about.
  std::vector<ScannedContent::Entry> entries;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    const std::string rel = entry.path().lexically_relative(dir).generic_string();
    if (rel == "pages/" + on_disk.pages.front().source) continue;
    entries.push_back({rel, static_cast<mode_t>(entry.is_directory() ? S_IFDIR : S_IFREG)});
  }
  entries.push_back({"pages/added.md", S_IFREG});
  entries.push_back({"pages/linked.md", S_IFLNK});
  ScannedContent scanned;
  scanned.SetEntries(entries);
  scanned.Add("pages/added.md", "---\ntitle: 一覧にあった頁\n---\n本文\n");
  Library lib;
  Diagnostics d2;
  REQUIRE(LoadContent(dir, d2, &lib, nullptr, &scanned));
  CHECK(lib.pages.size() == on_disk.pages.size());  // one gone, one added
  bool added = false, gone = false;
  for (const Page& p : lib.pages) {
    added |= p.title == "一覧にあった頁";
    gone |= p.source == on_disk.pages.front().source;
  }
  CHECK(added);
  CHECK_FALSE(gone);
  REQUIRE(d2.all().size() == 1);
  CHECK(d2.all()[0].where.path == dir + "/pages/linked.md");
}

TEST_CASE("Scanned content: a file hashed whole hashes as it does streamed") {
  const std::string path = RENKEI_SOURCE_DIR "/tests/fixtures/site/content/site.yaml";
  std::string bytes;
  REQUIRE(ReadFile(path, &bytes));
  uint64_t streamed = 0;
  REQUIRE(HashFile(path, &streamed));
  CHECK(HashBytes(bytes) == streamed);  // else stamps of earlier builds would all mismatch
}

}  // namespace renkei
