#include "util/text.h"

#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <climits>

using namespace renkei;

TEST_CASE("IsValidUtf8 agrees with ICU on every short sequence", "[text]") {
  // ICU's U8_NEXT is the reference: a negative code point is ill-formed.
  const auto icu_valid = [](const std::string& s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
      UChar32 c;
      U8_NEXT(p, i, n, c);
      if (c < 0) return false;
    }
    return true;
  };
  size_t checked = 0, disagree = 0;
  // Also behind ASCII, and across the validator's 64-byte blocks, behind ASCII
  // and behind Japanese text (the end of a block carries over).
  const std::string ascii(63, 'a'), japanese = "在宅医療介護連携推進事業の相談窓口について説明し";
  const auto check = [&](const std::string& s) {
    ++checked;
    for (const std::string& t : {s, "abcdefg" + s, s + "abcdefgh", ascii + s, ascii + s + japanese,
                                 japanese + "a" + s + japanese})
      if (IsValidUtf8(t) != icu_valid(t)) ++disagree;
  };
  std::string s;
  for (int a = 0; a < 256; ++a) {
    check(std::string(1, static_cast<char>(a)));
    for (int b = 0; b < 256; ++b) {
      check(std::string{static_cast<char>(a), static_cast<char>(b)});
      if (a < 0xE0) continue;
      for (int c : {0x00, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF}) {
        check(std::string{static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
        if (a < 0xF0) continue;
        for (int d : {0x7F, 0x80, 0xBF, 0xC0})
          check(std::string{static_cast<char>(a), static_cast<char>(b), static_cast<char>(c),
                            static_cast<char>(d)});
      }
    }
  }
  CHECK(checked == 262400);
  CHECK(disagree == 0);
}

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
