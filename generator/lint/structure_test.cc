#include <catch2/catch.hpp>

#include "lint/lint_test_util.h"

using namespace renkei;
using lint_test::Findings;

TEST_CASE("vague link text is flagged where the link starts", "[lint]") {
  auto f = Findings("申込みは[こちら](https://example.jp/form)。\n\n詳しくは [ここをクリック](a)\n",
                    "link-text");
  REQUIRE(f.size() == 2);
  CHECK(f[0].diagnostic.where.line == 1);
  CHECK(f[0].diagnostic.where.column == 5);
  CHECK(f[0].diagnostic.message.rfind("link text \"こちら\" says nothing out of context", 0) == 0);
  CHECK(f[1].diagnostic.where.line == 3);
  CHECK(f[1].diagnostic.where.column == 6);
}

TEST_CASE("a bare URL as link text is flagged, a link with real text is not", "[lint]") {
  auto f = Findings("<https://example.jp/>\n\nhttps://example.jp/a\n", "link-text");
  REQUIRE(f.size() == 2);
  CHECK(f[0].diagnostic.message.rfind("link text is a bare URL", 0) == 0);
  CHECK(Findings("[相談窓口のご案内](https://example.jp/soudan/)\n", "link-text").empty());
  CHECK(Findings("<soudan@example.jp>\n", "link-text").empty());
}

TEST_CASE("images need alternative text", "[lint]") {
  auto f = Findings("地図：![](map.png)\n\n![会場の地図](map.png)\n", "image-alt");
  REQUIRE(f.size() == 1);
  CHECK(f[0].diagnostic.where.column == 4);
  CHECK(Findings("<img src=\"a.png\">\n", "image-alt").size() == 1);
  CHECK(Findings("<img src=\"a.png\" alt=\"会場\">\n", "image-alt").empty());
}

TEST_CASE("tables need a header row", "[lint]") {
  auto f = Findings("|  |  |\n|---|---|\n| 病院 | 32 |\n", "table-header");
  REQUIRE(f.size() == 1);
  CHECK(f[0].diagnostic.where.line == 1);
  CHECK(Findings("| 区分 | 数 |\n|---|---|\n| 病院 | 32 |\n", "table-header").empty());
  CHECK(Findings("<table><tr><td>1</td></tr></table>\n", "table-header").size() == 1);
}

TEST_CASE("headings must not skip a level", "[lint]") {
  auto f = Findings("## 概要\n\n#### 詳細\n\n## 次\n\n### 小見出し\n", "heading-skip");
  REQUIRE(f.size() == 1);
  CHECK(f[0].diagnostic.where.line == 3);
  CHECK(f[0].diagnostic.message == "heading \"詳細\" skips from level 2 to 4: use ### (level 3)");
  CHECK(Findings("### いきなり\n", "heading-skip").size() == 1);
}

TEST_CASE("colour alone must not carry meaning", "[lint]") {
  auto f = Findings("赤字の部分は必ず書いてください。\n", "color-only");
  REQUIRE(f.size() == 1);
  CHECK(f[0].diagnostic.message.find("\"赤字の部分\"") != std::string::npos);
  CHECK(Findings("黄色で示した欄\n", "color-only").size() == 1);
  CHECK(Findings("<span style=\"color:red\">重要</span>\n", "color-only").size() == 1);
  CHECK(Findings("事業は赤字になりました。赤い羽根共同募金\n", "color-only").empty());
}
