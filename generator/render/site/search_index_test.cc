#include "render/site/search_index.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace renkei;

namespace {
bool Has(const std::vector<SearchGram>& grams, const std::string& text) {
  for (SearchGram g : grams)
    if (GramText(g) == text) return true;
  return false;
}
}  // namespace

TEST_CASE("search: normalization matches JavaScript's NFKC + toLowerCase") {
  CHECK(NormalizeForSearch("ＩＣＴ　ｶﾞｲﾄﾞ") == "ict ガイド");
  CHECK(NormalizeForSearch("１２３ABC") == "123abc");
}

TEST_CASE("search: text NFKC leaves alone is kept as it is; anything else goes through ICU") {
  CHECK(NormalizeForSearch("在宅医療・介護連携「ケアマネジャー」の相談。abc 123") ==
        "在宅医療・介護連携「ケアマネジャー」の相談。abc 123");
  CHECK(NormalizeForSearch("在宅ABC") == "在宅abc");             // upper case
  CHECK(NormalizeForSearch("\u304B\u3099") == "\u304C");         // か + combining ゛ -> が
  CHECK(NormalizeForSearch("在宅（ＩＣＴ）") == "在宅(ict)");    // full-width forms
  CHECK(NormalizeForSearch("在宅　医療") == "在宅 医療");        // ideographic space
  CHECK(NormalizeForSearch("ｶﾞｲﾄﾞ（在宅）") == "ガイド(在宅)");  // half-width kana: ICU
}

TEST_CASE("search: bigrams make 在宅 find 在宅医療") {
  const auto grams = SearchGrams(NormalizeForSearch("在宅医療"));
  for (const char* g : {"在", "宅", "医", "療", "在宅", "宅医", "医療"}) CHECK(Has(grams, g));
  CHECK(grams.size() == 7);
}

TEST_CASE("search: punctuation and spaces split runs") {
  const auto grams = SearchGrams(NormalizeForSearch("医療、介護 ICT"));
  CHECK(Has(grams, "医療"));
  CHECK(Has(grams, "介護"));
  CHECK_FALSE(Has(grams, "療介"));
  CHECK_FALSE(Has(grams, "療、"));
  CHECK(Has(grams, "ic"));
  CHECK(Has(grams, "ct"));
  CHECK_FALSE(Has(grams, "護i"));
}

TEST_CASE("search: shards are stable and within range") {
  const auto grams = SearchGrams("在宅");
  for (SearchGram g : grams) {
    CHECK(GramShard(g, 1) == 0);
    CHECK(GramShard(g, 7) < 7);
  }
  // 在 = U+5728, 宅 = U+5B85: (0x5728 * 31 + 0x5B85) % 100 — search.js computes the same.
  CHECK(GramShard(SearchGram{0x5728} << 21 | 0x5B85, 100) == (0x5728 * 31 + 0x5B85) % 100);
  CHECK(GramText(SearchGram{0x5728} << 21 | 0x5B85) == "在宅");
}

TEST_CASE("search index: pages set out of order are written in page order") {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::temp_directory_path() / ("renkei-search-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const SearchGram a = SearchGram{U'在'} << 21, b = SearchGram{U'宅'} << 21;
  {
    OutputTree out((dir / "site").string());
    SearchIndex index(4);
    index.Set(3, {"d/index.html", "D", "", {b}});  // a thread finished page 3 first
    index.Set(2, {"c/index.html", "C", "", {a}});
    index.Set(0, {"a/index.html", "A", "", {a, b}});
    // Page 1 is not indexed and never set (as when it failed to render).
    REQUIRE(index.Write(out));
    REQUIRE(out.Commit());
  }
  std::ifstream in(dir / "site" / "search" / "index-0.js");
  const std::string js((std::istreambuf_iterator<char>(in)), {});
  // Documents 0, 1, 2 are pages 0, 2, 3; postings are gaps between document numbers.
  CHECK(js == "renkeiSearch.shard(0,{\"在\":\"0,1\",\n\"宅\":\"0,2\"});\n");
  fs::remove_all(dir);
}

TEST_CASE("Search grams: the fast letter test agrees with ICU") {
  // Every character of ASCII, the kana blocks and the CJK ideographs, alone.
  std::vector<UChar32> chars;
  for (UChar32 c = 1; c < 0x80; ++c) chars.push_back(c);
  for (UChar32 c = 0x3040; c <= 0x30FF; ++c) chars.push_back(c);
  for (UChar32 c = 0x4E00; c <= 0x9FFF; ++c) chars.push_back(c);
  int disagreements = 0;
  for (const UChar32 c : chars) {
    std::string text;
    char buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), n, c);
    text.append(buf, n);
    const bool icu_word = U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK);
    if (SearchGrams(text).empty() == icu_word) ++disagreements;
  }
  CHECK(disagreements == 0);
}
