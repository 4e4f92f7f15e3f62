#include "render/xlsx/cells.h"

#include <catch2/catch.hpp>

using namespace renkei::xlsx;

TEST_CASE("TextWidth: full-width characters count about twice") {
  CHECK(TextWidth("ab") < TextWidth("東京"));
  CHECK(TextWidth("東京都") == Approx(TextWidth("○△□")));
  CHECK(TextWidth("ｱｲｳ") == Approx(TextWidth("abc")));  // half-width katakana
}

TEST_CASE("WrappedLines: long labels wrap, explicit breaks count") {
  CHECK(WrappedLines("", 10) == 1);
  CHECK(WrappedLines("短い", 30) == 1);
  CHECK(WrappedLines(std::string(90, 'x'), 10) >= 9);
  CHECK(WrappedLines("一行目\n二行目", 40) == 2);
  CHECK(WrappedLines("地域の医療機関、介護事業者等の住所、連絡先、機能等の把握に向けた取組", 30) ==
        3);
}

TEST_CASE("HeaderFooterText escapes & and cuts on a character boundary") {
  CHECK(HeaderFooterText("A&B", 0) == "A&&B");
  std::string long_text;
  for (int i = 0; i < 200; ++i) long_text += "都";
  const std::string cut = HeaderFooterText(long_text, 20);
  CHECK(cut.size() <= 254 - 20);
  CHECK(cut.size() % 3 == 0);  // whole UTF-8 characters only
}
