#include <catch2/catch.hpp>

#include "lint/lint_test_util.h"

using namespace renkei;
using lint_test::Findings;

TEST_CASE("full-width alphanumerics are flagged with their ASCII form", "[lint]") {
  auto f = Findings("会場はＡＢＣ１２３ホールです。\n", "fullwidth-alnum");
  REQUIRE(f.size() == 1);
  CHECK(f[0].diagnostic.message == "full-width alphanumerics \"ＡＢＣ１２３\": write ABC123");
  CHECK(f[0].diagnostic.where.line == 1);
  CHECK(f[0].diagnostic.where.column == 4);
  CHECK(f[0].diagnostic.severity == Severity::kWarning);
  REQUIRE(f[0].edit);
  CHECK(f[0].edit->exact);
  CHECK(f[0].edit->after == "ABC123");
}

TEST_CASE("full-width numbers keep their decimal point and commas", "[lint]") {
  auto f = Findings("予算は２０．３億円、１，２３４人です。\n", "fullwidth-alnum");
  REQUIRE(f.size() == 2);
  CHECK(f[0].edit->after == "20.3");
  CHECK(f[1].edit->after == "1,234");
}

TEST_CASE("full-width punctuation that Japanese keeps is not flagged", "[lint]") {
  CHECK(Findings("（ア）地域の資源！？「相談」、：\n", "fullwidth-alnum").empty());
  CHECK(Findings("（ア）地域の資源！？「相談」、：\n", "misread-char").empty());
}

TEST_CASE("code spans and code blocks are never flagged", "[lint]") {
  CHECK(Findings("`ＡＢＣ` と\n\n```\n１２３ ｶﾅ ①\n```\n", "fullwidth-alnum").empty());
  CHECK(Findings("```\nｶﾅ\n```\n", "halfwidth-kana").empty());
}

TEST_CASE("full-width digits in table cells are allowed, letters are not", "[lint]") {
  const std::string table = "| 区分 | 数 |\n|---|---|\n| 病院 | ３２ |\n| ＮＰＯ | ４ |\n";
  auto f = Findings(table, "fullwidth-alnum");
  REQUIRE(f.size() == 1);
  CHECK(f[0].diagnostic.message.find("ＮＰＯ") != std::string::npos);
  CHECK(f[0].diagnostic.where.line == 4);
  CHECK(f[0].diagnostic.where.column == 3);
}

TEST_CASE("words in lint.allow (proper nouns in full-width) are not flagged", "[lint]") {
  Library lib;
  lib.site.lint.allow = {"ＮＴＴ東日本"};
  CHECK(Findings("ＮＴＴ東日本の回線です。\n", "fullwidth-alnum", lib).empty());
  CHECK(Findings("ＮＴＴの回線です。\n", "fullwidth-alnum", lib).size() == 1);
}

TEST_CASE("half-width katakana become full-width, sound marks joined", "[lint]") {
  auto f = Findings("ｶﾞｲﾄﾞﾌﾞｯｸを配ります｡\n", "halfwidth-kana");
  REQUIRE(f.size() == 2);
  CHECK(f[0].diagnostic.message == "half-width katakana \"ｶﾞｲﾄﾞﾌﾞｯｸ\": write ガイドブック");
  CHECK(f[1].edit->after == "。");
}

TEST_CASE("circled numbers and other misread characters get their plain form", "[lint]") {
  struct Case {
    const char* text;
    const char* plain;
  } cases[] = {{"①", "(1)"},   {"⑳", "(20)"},   {"㉑", "(21)"}, {"㈱", "(株)"},
               {"㍻", "平成"}, {"㋿", "令和"}, {"㌔", "キロ"}, {"Ⅲ", "III"},
               {"ⅳ", "iv"},    {"⑵", "(2)"},    {"㊤", "(上)"}, {"㎡", "平方メートル"},
               {"№", "No."},   {"㎏", "kg"},    {"❸", "(3)"}};
  for (const Case& c : cases) {
    INFO(c.text);
    auto f = Findings(std::string("手順") + c.text + "を見る\n", "misread-char");
    REQUIRE(f.size() == 1);
    CHECK(f[0].edit->after == c.plain);
    CHECK(f[0].diagnostic.where.column == 3);
  }
}

TEST_CASE("characters that read well are left alone", "[lint]") {
  CHECK(Findings("※△〒℃〜・ー々\n", "misread-char").empty());
}

TEST_CASE("a URL inside a link with real text is not checked", "[lint]") {
  CHECK(Findings("[相談窓口](https://example.jp/ＡＢＣ/ｶﾅ)\n", "fullwidth-alnum").empty());
  CHECK(Findings("[相談窓口](https://example.jp/ｶﾅ)\n", "halfwidth-kana").empty());
}
