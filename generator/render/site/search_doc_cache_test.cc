#include "render/site/search_doc_cache.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("Search documents survive encoding, grams sorted") {
  SearchIndex::Doc doc{"news/a/index.html", "お知らせ", "在宅医療の相談窓口",
                       SearchGrams(NormalizeForSearch("在宅医療と介護の連携 2026"))};
  SearchIndex::Doc back;
  REQUIRE(SearchDocCache::Decode(SearchDocCache::Encode(doc), &back));
  CHECK(back.url == doc.url);
  CHECK(back.title == doc.title);
  CHECK(back.summary == doc.summary);
  std::vector<SearchGram> sorted = doc.grams;
  std::sort(sorted.begin(), sorted.end());
  CHECK(back.grams == sorted);
}

TEST_CASE("A damaged search document is refused, not misread") {
  SearchIndex::Doc doc{"a/index.html", "t", "s", {1, 2, 3}};
  const std::string blob = SearchDocCache::Encode(doc);
  SearchIndex::Doc back;
  CHECK_FALSE(SearchDocCache::Decode(blob.substr(0, blob.size() - 1), &back));
  CHECK_FALSE(SearchDocCache::Decode(blob + "x", &back));
  CHECK_FALSE(SearchDocCache::Decode("\xff\xff", &back));
}
