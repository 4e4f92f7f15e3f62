#include "model/japanese_date.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

Date Parse(std::string_view text) {
  ParseResult<Date> r = ParseIsoDate(text);
  INFO(text << ": " << r.error);
  REQUIRE(r.ok());
  return *r.value;
}

std::string ErrorOf(std::string_view text) {
  ParseResult<Date> r = ParseIsoDate(text);
  REQUIRE_FALSE(r.ok());
  return r.error;
}

}  // namespace

TEST_CASE("ParseIsoDate reads real calendar dates", "[japanese_date]") {
  CHECK(Parse("2026-12-05") == Date{2026, 12, 5});
  CHECK(Parse("2026-1-5") == Date{2026, 1, 5});
  CHECK(Parse("２０２６－１２－０５") == Date{2026, 12, 5});
  CHECK(Parse("2024-02-29") == Date{2024, 2, 29});
  CHECK(Parse("2000-02-29") == Date{2000, 2, 29});
}

TEST_CASE("ParseIsoDate rejects dates that do not exist and other forms", "[japanese_date]") {
  CHECK(ErrorOf("2026-02-29") == "date \"2026-02-29\" does not exist: 2026-02 has 28 days.");
  CHECK(ErrorOf("1900-02-29").find("28 days") != std::string::npos);
  CHECK(ErrorOf("2026-04-31").find("30 days") != std::string::npos);
  CHECK(ErrorOf("2026-12-00").find("31 days") != std::string::npos);
  CHECK(ErrorOf("2026-13-01").find("month must be 1 to 12") != std::string::npos);
  CHECK(ErrorOf("2026/12/05") ==
        "date \"2026/12/05\" is not in the form YYYY-MM-DD, e.g. 2026-12-05.");
  CHECK(ErrorOf("").find("YYYY-MM-DD") != std::string::npos);
  CHECK(ErrorOf("26-12-05").find("YYYY-MM-DD") != std::string::npos);
}

TEST_CASE("FormatJapaneseDate uses the era of the calendar day and the weekday",
          "[japanese_date]") {
  CHECK(FormatJapaneseDate({2026, 12, 5}) == "令和8年12月5日（土）");
  CHECK(FormatJapaneseDate({2019, 5, 1}) == "令和元年5月1日（水）");
  CHECK(FormatJapaneseDate({2019, 4, 30}) == "平成31年4月30日（火）");
  CHECK(FormatJapaneseDate({2020, 1, 1}) == "令和2年1月1日（水）");
  CHECK(FormatJapaneseDate({1989, 1, 8}) == "平成元年1月8日（日）");
  CHECK(FormatJapaneseDate({1989, 1, 7}) == "昭和64年1月7日（土）");
  CHECK(FormatJapaneseDate({2024, 2, 29}) == "令和6年2月29日（木）");
}

TEST_CASE("FormatIsoDate pads month and day", "[japanese_date]") {
  CHECK(FormatIsoDate({2026, 12, 5}) == "2026-12-05");
  CHECK(FormatIsoDate({999, 1, 31}) == "0999-01-31");
  CHECK(FormatIsoDate({12345, 1, 1}) == "12345-01-01");  // out of range: as printf writes it
  CHECK(FormatIsoDate(Parse("2026-1-5")) == "2026-01-05");
}
