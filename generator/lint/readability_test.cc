#include <catch2/catch.hpp>

#include "lint/lint_test_util.h"

using namespace renkei;
using lint_test::Findings;

TEST_CASE("long sentences are notes, with the threshold from site.yaml", "[lint]") {
  const std::string sentence = std::string(30, 'a') + "。";  // 31 characters
  Library lib;
  lib.site.lint.max_sentence_chars = 30;
  auto f = Findings(sentence + "短い文。\n", "long-sentence", lib);
  REQUIRE(f.size() == 1);
  CHECK(f[0].diagnostic.severity == Severity::kInfo);
  CHECK(f[0].diagnostic.message.rfind("long sentence (31 characters, over 30)", 0) == 0);
  lib.site.lint.max_sentence_chars = 31;
  CHECK(Findings(sentence, "long-sentence", lib).empty());
}

TEST_CASE("a sentence spans the lines of a paragraph", "[lint]") {
  Library lib;
  lib.site.lint.max_sentence_chars = 10;
  auto f = Findings("あいうえおかきく\nけこさしすせ。\n", "long-sentence", lib);
  REQUIRE(f.size() == 1);
  CHECK(f[0].diagnostic.where.line == 1);
}

TEST_CASE("kanji runs without ruby are notes; ruby breaks the run", "[lint]") {
  auto f = Findings("介護連携推進事業について\n", "kanji-run");
  REQUIRE(f.size() == 1);
  CHECK(f[0].diagnostic.severity == Severity::kInfo);
  CHECK(f[0].diagnostic.message.rfind("8 kanji in a row \"介護連携推進事業\"", 0) == 0);
  CHECK(Findings("介護{連携|れんけい}推進事業\n", "kanji-run").empty());
  CHECK(Findings("在宅医療と介護\n", "kanji-run").empty());
  Library lib;
  lib.site.lint.max_kanji_run = 4;
  CHECK(Findings("在宅医療と介護\n", "kanji-run", lib).size() == 1);
}

TEST_CASE("a check turned off in site.yaml does not run", "[lint]") {
  Library lib;
  lib.site.lint.disable = {"kanji-run"};
  CHECK(Findings("介護連携推進事業\n", "kanji-run", lib).empty());
}
