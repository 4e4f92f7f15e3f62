#include "render/site/page_grams.h"

#include <catch2/catch.hpp>

#include "render/site/search_grams.h"

using namespace renkei;

namespace {
constexpr SearchGram kZai = SearchGram{U'在'} << 21, kTaku = SearchGram{U'宅'} << 21;
constexpr SearchGram kZaitaku = kZai | U'宅';
}  // namespace

TEST_CASE("Page grams: the scanner numbers what NumberGrams numbers from its grams") {
  for (const char* text : {"在宅医療と介護の連携 2026、医療と介護", "abc abd", "", "、。"}) {
    INFO(text);
    const std::vector<SearchGram> grams = SearchGrams(NormalizeForSearch(text));
    const PageGrams numbered = TextGrams({text});
    CHECK(numbered == NumberGrams(grams));
    CHECK(ListGrams(numbered) == grams);
    PageGrams back;
    REQUIRE(UnpackGrams(PackGrams(numbered), &back));
    CHECK(back == numbered);
    uint64_t count = 1;
    REQUIRE(PackedGramCount(PackGrams(numbered), &count));
    CHECK(count == grams.size());
  }
}

TEST_CASE("Page grams: characters by number, pairs as two numbers") {
  const PageGrams grams = NumberGrams({kZai, kTaku, kZaitaku});
  CHECK(grams.chars == std::vector<uint32_t>{U'在', U'宅'});
  CHECK(grams.pairs == std::vector<std::pair<uint32_t, uint32_t>>{{0, 1}});
  // 2 characters, 1 pair, 在 (U+5728) and 宅 (U+5B85) as varints, then the pair 0, 1.
  CHECK(PackGrams(grams) == std::string("\x02\x01\xA8\xAE\x01\x85\xB7\x01\x00\x01", 10));
  // A pair's characters need not be grams of their own: they are numbered.
  CHECK(ListGrams(NumberGrams({kZaitaku})) == std::vector<SearchGram>{kZai, kTaku, kZaitaku});
}

TEST_CASE("Page grams: damaged bytes are refused, never read past their end") {
  const std::string packed = PackGrams(NumberGrams({kZai, kTaku, kZaitaku}));
  PageGrams grams;
  REQUIRE(UnpackGrams(packed, &grams));
  CHECK_FALSE(UnpackGrams(packed.substr(0, packed.size() - 1), &grams));  // cut short
  CHECK_FALSE(UnpackGrams(packed + "x", &grams));                         // more than it says
  CHECK_FALSE(UnpackGrams(std::string("\x01\x00\x00", 3), &grams));       // character 0
  CHECK_FALSE(UnpackGrams(std::string("\x01\x00\xFF\xFF\xFF\x01", 6), &grams));  // past U+10FFFF
  CHECK_FALSE(UnpackGrams(std::string("\x01\x01\x41\x00\x01", 5), &grams));      // no character 1
  CHECK_FALSE(UnpackGrams(std::string("\x7F\x00", 2), &grams));  // more characters than bytes
  uint64_t count = 1;
  CHECK_FALSE(PackedGramCount("\x05", &count));
  // No grams: nothing, the one way to say it.
  CHECK(PackGrams({}).empty());
  CHECK(TextGrams({"、"}).empty());
  CHECK(PackedGramCount("", &count));
  CHECK(count == 0);
  CHECK(UnpackGrams("", &grams));
  CHECK(grams.empty());
}
