#include "util/files_read.h"

#include <catch2/catch.hpp>
#include <string>

#include "load/content_loader.h"
#include "util/file.h"
#include "util/hash.h"

namespace renkei {

TEST_CASE("Files read: bytes are taken once, and only those kept") {
  FilesRead read;
  read.Add("pages/a.md", "abc");
  std::string bytes;
  CHECK_FALSE(read.Take("pages/b.md", &bytes));
  REQUIRE(read.Take("pages/a.md", &bytes));
  CHECK(bytes == "abc");
  CHECK_FALSE(read.Take("pages/a.md", &bytes));  // then the loader reads the file itself
}

TEST_CASE("Files read: the loaders take what the fingerprint read instead of reading again") {
  const std::string dir = RENKEI_SOURCE_DIR "/tests/fixtures/site/content";
  Library on_disk;
  Diagnostics d1;
  REQUIRE(LoadContent(dir, d1, &on_disk));
  REQUIRE_FALSE(d1.has_errors());

  // The bytes given for one page and for the site file differ from the disk's:
  // what is loaded is what was given (and hashed), not what is on disk.
  std::string page_text, site_text;
  REQUIRE(ReadFile(dir + "/pages/" + on_disk.pages.front().source, &page_text));
  REQUIRE(ReadFile(dir + "/site.yaml", &site_text));
  const std::string old_title = on_disk.pages.front().title;
  const size_t at = page_text.find(old_title);
  REQUIRE(at != std::string::npos);
  page_text.replace(at, old_title.size(), "読み込み済みの題");
  FilesRead read;
  read.Add("pages/" + on_disk.pages.front().source, page_text);
  read.Add("site.yaml", site_text + "\n# 同じ内容\n");
  Library lib;
  Diagnostics d2;
  REQUIRE(LoadContent(dir, d2, &lib, nullptr, &read));
  REQUIRE_FALSE(d2.has_errors());
  REQUIRE(lib.pages.size() == on_disk.pages.size());
  CHECK(lib.pages.front().title == "読み込み済みの題");
  CHECK(lib.pages.back().title == on_disk.pages.back().title);
  std::string left;
  CHECK_FALSE(read.Take("site.yaml", &left));  // taken by the site loader
}

TEST_CASE("Files read: a file hashed whole hashes as it does streamed") {
  const std::string path = RENKEI_SOURCE_DIR "/tests/fixtures/site/content/site.yaml";
  std::string bytes;
  REQUIRE(ReadFile(path, &bytes));
  uint64_t streamed = 0;
  REQUIRE(HashFile(path, &streamed));
  CHECK(HashBytes(bytes) == streamed);  // else stamps of earlier builds would all mismatch
}

}  // namespace renkei
