#include <catch2/catch.hpp>

#include "lint/lint_test_util.h"

using namespace renkei;
using lint_test::Findings;

TEST_CASE("letters spaced out for looks are flagged and joined", "[lint]") {
  auto f = Findings("# お 知 ら せ\n\n氏　名：山田\n", "spaced-word");
  REQUIRE(f.size() == 2);
  CHECK(f[0].diagnostic.message ==
        "spaces inside the word \"お 知 ら せ\" (a screen reader reads it letter by letter): "
        "write お知らせ");
  CHECK(f[0].diagnostic.where.line == 1);
  CHECK(f[0].diagnostic.where.column == 3);
  CHECK(f[0].edit->after == "お知らせ");
  CHECK(f[1].diagnostic.where.line == 3);
  CHECK(f[1].diagnostic.where.column == 1);
  CHECK(f[1].edit->before == "氏　名");
  CHECK(f[1].edit->after == "氏名");
}

TEST_CASE("spaces between words are fine", "[lint]") {
  CHECK(Findings("山田 太郎\n", "spaced-word").empty());
  CHECK(Findings("東京都 在宅医療・介護連携推進事業\n", "spaced-word").empty());
  CHECK(Findings("平日 9時〜17時\n", "spaced-word").empty());
  CHECK(Findings("Word と Excel\n", "spaced-word").empty());
  CHECK(Findings("`お 知 ら せ`\n", "spaced-word").empty());
}
