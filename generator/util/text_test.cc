#include "util/text.h"

#include <catch2/catch.hpp>
#include <climits>

using namespace renkei;

TEST_CASE("IsValidUtf8 accepts well-formed text and rejects malformed bytes", "[text]") {
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("abc"));
  CHECK(IsValidUtf8("在宅医療・介護連携"));
  CHECK(IsValidUtf8("\xF0\x9F\x98\x80"));        // U+1F600
  CHECK_FALSE(IsValidUtf8("\x82\xA0"));          // Shift_JIS あ
  CHECK_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(IsValidUtf8("\xE0\x80\xAF"));      // overlong 3-byte
  CHECK_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate U+D800
  CHECK_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // U+110000
  CHECK_FALSE(IsValidUtf8("\xE3\x81"));          // truncated
}

TEST_CASE("Utf8Length counts code points", "[text]") {
  CHECK(Utf8Length("") == 0);
  CHECK(Utf8Length("abc") == 3);
  CHECK(Utf8Length("令和6年度") == 5);
}

TEST_CASE("Trim removes ASCII whitespace and ideographic spaces at both ends", "[text]") {
  CHECK(Trim("  abc\t\r\n") == "abc");
  CHECK(Trim("\u3000東京都\u3000 ") == "東京都");
  CHECK(Trim("a b") == "a b");
  CHECK(Trim(" \u3000 ") == "");
}

TEST_CASE("NormalizeFieldText maps full-width ASCII and trims", "[text]") {
  CHECK(NormalizeFieldText("１８０４百万円") == "1804百万円");
  CHECK(NormalizeFieldText("３４．５億円") == "34.5億円");
  CHECK(NormalizeFieldText("１３８，３１４千円") == "138,314千円");
  CHECK(NormalizeFieldText("\u3000Ｒ６\u3000") == "R6");
  CHECK(NormalizeFieldText("令和\u30006年度") == "令和 6年度");
  CHECK(NormalizeFieldText("\u22125") == "-5");                         // MINUS SIGN
  CHECK(NormalizeFieldText("－５") == "-5");                            // FULLWIDTH HYPHEN-MINUS
  CHECK(NormalizeFieldText("ケアマネージャー") == "ケアマネージャー");  // ー stays
  CHECK(NormalizeFieldText("\x82\xA0x") == "\x82\xA0x");                // stray bytes kept
}

TEST_CASE("Split keeps empty pieces", "[text]") {
  CHECK(Split("a/b/c", '/') == std::vector<std::string>{"a", "b", "c"});
  CHECK(Split("", '/') == std::vector<std::string>{""});
  CHECK(Split("/a/", '/') == std::vector<std::string>{"", "a", ""});
}

TEST_CASE("WithThousandsSeparators groups by three", "[text]") {
  CHECK(WithThousandsSeparators(0) == "0");
  CHECK(WithThousandsSeparators(999) == "999");
  CHECK(WithThousandsSeparators(1000) == "1,000");
  CHECK(WithThousandsSeparators(1234567) == "1,234,567");
  CHECK(WithThousandsSeparators(-1234) == "-1,234");
  CHECK(WithThousandsSeparators(LLONG_MIN) == "-9,223,372,036,854,775,808");
}

TEST_CASE("Abbreviate counts code points", "[text]") {
  CHECK(Abbreviate("abc", 3) == "abc");
  CHECK(Abbreviate("abcd", 3) == "abc…");
  CHECK(Abbreviate("在宅医療介護", 4) == "在宅医療…");
  CHECK(Abbreviate("", 0) == "");
  CHECK(Abbreviate(std::string(40, 'x')) == std::string(40, 'x'));
  CHECK(Abbreviate(std::string(41, 'x')) == std::string(40, 'x') + "…");
}
