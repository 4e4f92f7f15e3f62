#include "render/site/search_doc_cache.h"

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace renkei;

TEST_CASE("Search documents survive encoding, with the same grams") {
  const std::string text = NormalizeForSearch("在宅医療と介護の連携 2026、医療と介護");
  const std::vector<SearchGram> grams = SearchGrams(text);
  SearchIndex::Doc doc{"news/a/index.html", "お知らせ", "在宅医療の相談窓口", NumberGrams(grams)};
  SearchIndex::Doc back;
  REQUIRE(SearchDocCache::Decode(SearchDocCache::Encode(doc), &back));
  CHECK(back.url == doc.url);
  CHECK(back.title == doc.title);
  CHECK(back.summary == doc.summary);
  CHECK(back.grams == doc.grams);
  CHECK(ListGrams(back.grams) == grams);  // characters first, as SearchGrams gives them
  CHECK(grams.size() > 20);
  const std::string blob = SearchDocCache::Encode(doc);
  SearchDocCache::Parts parts;
  REQUIRE(SearchDocCache::Split(blob, &parts));
  CHECK(parts.gram_count == grams.size());
  CHECK(parts.grams == PackGrams(doc.grams));
  CHECK(parts.title == doc.title);
}

TEST_CASE("A damaged search document is refused, not misread") {
  SearchIndex::Doc doc{"a/index.html", "t", "s", NumberGrams(SearchGrams("text"))};
  const std::string blob = SearchDocCache::Encode(doc);
  SearchIndex::Doc back;
  CHECK_FALSE(SearchDocCache::Decode(blob.substr(0, blob.size() - 1), &back));
  CHECK_FALSE(SearchDocCache::Decode(blob + "x", &back));
  CHECK_FALSE(SearchDocCache::Decode("\xff\xff", &back));
}

TEST_CASE("Search documents are written in page order, whatever order pages finish in") {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("renkei-docs-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string out_dir = (dir / "site").string();
  const auto doc = [](const std::string& url) { return SearchIndex::Doc{url, "t", "s", {}}; };
  std::string first_file;
  for (const bool reversed : {false, true}) {
    OutputTree out(out_dir);
    SearchDocCache cache(4);
    cache.Open(out, 7);
    const std::vector<size_t> order =
        reversed ? std::vector<size_t>{3, 2, 1, 0} : std::vector<size_t>{0, 1, 2, 3};
    for (size_t i : order)
      cache.Keep(i, i == 1 ? 0 : 100 + i, doc(i == 3 ? "" : "p" + std::to_string(i)));
    REQUIRE(cache.Close());
    REQUIRE(out.Commit());
    std::ifstream in(out_dir + "/.renkei/search/docs-0", std::ios::binary);
    const std::string bytes(std::istreambuf_iterator<char>(in), {});
    CHECK(bytes.find("p0") < bytes.find("p1"));
    CHECK(bytes.find("p1") < bytes.find("p2"));
    if (!reversed) first_file = bytes;
    if (reversed) CHECK(bytes == first_file);
  }
  SearchDocCache next(1);
  next.Load(out_dir, 7);
  // Every indexed page in order (page 3 is not indexed), even one of key 0...
  REQUIRE(next.previous().size() == 3);
  SearchDocCache::Parts parts;
  REQUIRE(SearchDocCache::Split(next.previous()[1], &parts));
  CHECK(parts.url == "p1");
  // ...which is never taken over.
  SearchIndex::Doc back;
  CHECK(next.Take(0, 102, &back));
  CHECK(back.url == "p2");
  CHECK_FALSE(next.Take(0, 101, &back));
  CHECK_FALSE(next.Take(0, 0, &back));
  // Documents written under another index key (another renkei) are not read.
  SearchDocCache other(1);
  other.Load(out_dir, 8);
  CHECK(other.previous().empty());
  CHECK_FALSE(other.Take(0, 102, &back));
  std::filesystem::remove_all(dir);
}

TEST_CASE("Search documents go in files of 128 pages; an unchanged file is taken over") {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("renkei-doc-files-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string out_dir = (dir / "site").string();
  const size_t pages = 300;  // three files: 128, 128 and 44 pages
  const auto doc = [](size_t i, const std::string& extra = "") {
    return SearchIndex::Doc{"p" + std::to_string(i) + extra, "t", "s", {}};
  };
  StringMap<OutputFile> files;  // the first build's, as its manifest keeps them
  {
    OutputTree out(out_dir);
    SearchDocCache cache(pages);
    cache.Open(out, 7);
    for (size_t i = 0; i < pages; ++i) cache.Keep(i, 1000 + i, doc(i));
    REQUIRE(cache.Close());
    CHECK(out.files_written() == 3);
    for (const auto& [path, file] : out.Files()) files[path] = file;
    REQUIRE(out.Commit());
  }
  // Page 200 (in the second file) changes: that file is written again.
  {
    OutputTree out(out_dir);
    out.SetPrevious(out_dir, files);
    SearchDocCache cache(pages);
    cache.Load(out_dir, 7);
    REQUIRE(cache.previous().size() == pages);
    cache.Open(out, 7);
    for (size_t i = pages; i-- > 0;) {  // in any order
      SearchIndex::Doc back;
      if (i != 200 && cache.Take(i, 1000 + i, &back)) {
        CHECK(back.url == "p" + std::to_string(i));
        cache.Done(i);
      } else {
        cache.Keep(i, 5000, doc(i, "-new"));
      }
    }
    REQUIRE(cache.Close());
    CHECK(out.files_written() == 1);
    CHECK(out.files_reused() == 2);
    REQUIRE(out.Commit());
  }
  SearchDocCache next(pages);
  next.Load(out_dir, 7);
  REQUIRE(next.previous().size() == pages);
  SearchIndex::Doc back;
  CHECK(next.Take(0, 5000, &back));
  CHECK(back.url == "p200-new");
  CHECK(next.Take(0, 1299, &back));
  CHECK(back.url == "p299");
  CHECK_FALSE(next.Take(0, 1200, &back));
  // A file missing means no documents at all: part of them would be part of the index.
  std::filesystem::remove(out_dir + "/.renkei/search/docs-1");
  SearchDocCache damaged(pages);
  damaged.Load(out_dir, 7);
  CHECK(damaged.previous().empty());
  CHECK_FALSE(damaged.Take(0, 1000, &back));
  std::filesystem::remove_all(dir);
}
