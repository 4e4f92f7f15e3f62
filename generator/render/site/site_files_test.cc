#include "render/site/site_files.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "model/tabulation.h"
#include "util/file.h"

using namespace renkei;
namespace fs = std::filesystem;

namespace {

std::string ReadAll(const fs::path& p) {
  std::string text;
  ReadFile(p.string(), &text);
  return text;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

/// The site files of a site with `pages` pages, `news` of them dated (the
/// newest first), written to a fresh output and returned as its folder.
fs::path WriteFor(size_t pages, size_t news) {
  const fs::path dir =
      fs::temp_directory_path() / ("renkei-site-files-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  Library lib;
  lib.site.title = "テスト市";
  lib.site.base_url = "https://example.jp/";
  for (size_t i = 0; i < news; ++i) {
    Page p;
    p.title = "お知らせ " + std::to_string(i);
    p.url_path = "news/n" + std::to_string(i) + "/";
    p.date = Date{2026, 1, 1};
    lib.pages.push_back(p);
  }
  const Tabulation tab(lib);
  BuildSettings settings;
  Diagnostics diags;
  SiteBuild b{lib, tab, settings, diags, {}, {}, -1};
  for (size_t i = 0; i < news; ++i) b.facts.news.push_back(static_cast<int>(i));
  for (size_t i = 0; i < pages; ++i)
    b.pages.push_back(NewPage("p/" + std::to_string(i) + "/", "ページ", "", "page", ""));
  OutputTree out((dir / "out").string());
  REQUIRE(WriteSiteFiles(b, out));
  REQUIRE(out.Commit());
  return dir / "out";
}

}  // namespace

TEST_CASE("site files: feed.xml holds the newest news pages only") {
  fs::path out = WriteFor(3, kFeedEntries + 7);
  const std::string feed = ReadAll(out / "feed.xml");
  CHECK(Count(feed, "<entry>") == kFeedEntries);
  CHECK(feed.find("news/n0/") != std::string::npos);  // the newest
  CHECK(feed.find("news/n" + std::to_string(kFeedEntries) + "/") == std::string::npos);
  out = WriteFor(3, 2);
  CHECK(Count(ReadAll(out / "feed.xml"), "<entry>") == 2);
  fs::remove_all(out.parent_path());
}

TEST_CASE("site files: over 50,000 pages, sitemap.xml is an index of sitemaps of 50,000") {
  fs::path out = WriteFor(50000, 0);
  CHECK(Count(ReadAll(out / "sitemap.xml"), "<url>") == 50000);
  CHECK_FALSE(fs::exists(out / "sitemap-1.xml"));
  out = WriteFor(50001, 0);
  const std::string index = ReadAll(out / "sitemap.xml");
  CHECK(index.find("<sitemapindex") != std::string::npos);
  CHECK(Count(index, "<loc>https://example.jp/sitemap-") == 2);
  CHECK(Count(ReadAll(out / "sitemap-1.xml"), "<url>") == 50000);
  const std::string last = ReadAll(out / "sitemap-2.xml");
  CHECK(Count(last, "<url>") == 1);
  CHECK(last.find("https://example.jp/p/50000/") != std::string::npos);
  CHECK(ReadAll(out / "robots.txt").find("Sitemap: https://example.jp/sitemap.xml") !=
        std::string::npos);
  fs::remove_all(out.parent_path());
}
