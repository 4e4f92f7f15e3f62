#include "render/site/search_doc_cache.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("Search documents survive encoding, grams made again from the text") {
  const std::string text = NormalizeForSearch("在宅医療と介護の連携 2026");
  SearchIndex::Doc doc{"news/a/index.html", "お知らせ", "在宅医療の相談窓口", SearchGrams(text)};
  SearchIndex::Doc back;
  REQUIRE(SearchDocCache::Decode(SearchDocCache::Encode(doc, text), &back));
  CHECK(back.url == doc.url);
  CHECK(back.title == doc.title);
  CHECK(back.summary == doc.summary);
  CHECK(back.grams == doc.grams);
}

TEST_CASE("A damaged search document is refused, not misread") {
  SearchIndex::Doc doc{"a/index.html", "t", "s", {}};
  const std::string blob = SearchDocCache::Encode(doc, "text");
  SearchIndex::Doc back;
  CHECK_FALSE(SearchDocCache::Decode(blob.substr(0, blob.size() - 1), &back));
  CHECK_FALSE(SearchDocCache::Decode(blob + "x", &back));
  CHECK_FALSE(SearchDocCache::Decode("\xff\xff", &back));
}
