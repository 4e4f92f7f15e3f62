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
  SearchIndex::Doc head;
  REQUIRE(SearchDocCache::Decode(blob, &head, false));
  CHECK(head.title == doc.title);
  CHECK(head.grams.empty());
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
    REQUIRE(cache.Open(out, 7));
    const std::vector<size_t> order =
        reversed ? std::vector<size_t>{3, 2, 1, 0} : std::vector<size_t>{0, 1, 2, 3};
    for (size_t i : order)
      cache.Keep(i, i == 1 ? 0 : 100 + i, doc(i == 3 ? "" : "p" + std::to_string(i)));
    REQUIRE(cache.Close());
    REQUIRE(out.Commit());
    std::ifstream in(out_dir + "/.renkei/search-docs", std::ios::binary);
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
