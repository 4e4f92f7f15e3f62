#include "render/site/search_grams.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

using namespace renkei;

namespace {
std::vector<SearchGram> Unpacked(const PageGrams& grams) { return ListGrams(grams); }

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

TEST_CASE("search: text grams are those of the normalized text, characters first") {
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"お知らせ", "在宅医療と介護の連携 2026、医療と介護"},
      {"ＩＣＴ活用", "ケアマネジャーＡＢＣ　在宅"},  // full-width ASCII, ideographic space
      {"ｶﾞｲﾄﾞ", "在宅医療のガイド"},                 // half-width kana: through ICU
      {"か\u3099", "Ａ"},                            // a sound mark that composes
      {"", "在宅"},
      {"題", std::string("bad \xff\xfe UTF-8 在宅")},  // a broken sequence: through ICU
  };
  for (const auto& [title, text] : texts) {
    INFO(title << " / " << text);
    CHECK(Unpacked(TextGrams({title, text})) ==
          SearchGrams(NormalizeForSearch(title + " " + text)));
  }
  // Every character of the ranges mapped without ICU, alone and after 在.
  int disagreements = 0;
  for (const auto& [first, last] :
       {std::pair{0x01, 0x7F}, {0x3000, 0x30FF}, {0x4E00, 0x9FFF}, {0xFF01, 0xFF5E}}) {
    for (UChar32 c = first; c <= last; ++c) {
      std::string ch;
      char buf[4];
      int32_t n = 0;
      U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), n, c);
      ch.append(buf, n);
      disagreements +=
          Unpacked(TextGrams({"在" + ch})) != SearchGrams(NormalizeForSearch("在" + ch));
    }
  }
  CHECK(disagreements == 0);
  const auto grams = Unpacked(TextGrams({"医療", "介護"}));
  CHECK(grams.size() == 6);
  for (size_t i = 0; i < 4; ++i) CHECK((grams[i] & 0x1FFFFF) == 0);  // characters
  CHECK(GramText(grams[4]) == "医療");
  CHECK(GramText(grams[5]) == "介護");
  // At most max_chars characters, the space between the pieces counted.
  CHECK(Unpacked(TextGrams({"医療", "介護"}, 3)).size() == 3);  // 医, 療, 医療
  CHECK(Unpacked(TextGrams({"医療", "介護"}, 4)).size() == 4);
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
