#include "model/fiscal_year.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

int Year(std::string_view text) {
  ParseResult<int> r = ParseFiscalYear(text);
  INFO(text << ": " << r.error);
  REQUIRE(r.ok());
  CHECK(r.warning.empty());
  return *r.value;
}

std::string ErrorOf(std::string_view text) {
  ParseResult<int> r = ParseFiscalYear(text);
  REQUIRE_FALSE(r.ok());
  REQUIRE_FALSE(r.error.empty());
  return r.error;
}

}  // namespace

TEST_CASE("ParseFiscalYear reads Western and era forms", "[fiscal_year]") {
  CHECK(Year("2012") == 2012);
  CHECK(Year("2012年度") == 2012);
  CHECK(Year("平成24年度") == 2012);
  CHECK(Year("平成27年度") == 2015);
  CHECK(Year("H24") == 2012);
  CHECK(Year("h24年度") == 2012);
  CHECK(Year("R6") == 2024);
  CHECK(Year("r6") == 2024);
  CHECK(Year("令和6年度") == 2024);
  CHECK(Year("令和元年度") == 2019);
  CHECK(Year("平成元年度") == 1989);
  CHECK(Year("H31") == 2019);  // The same year as 令和元年度: no warning.
  CHECK(Year("令和６年度") == 2024);
  CHECK(Year("２０１２") == 2012);
  CHECK(Year("  R6\u3000") == 2024);
  CHECK(Year("令和 6 年度") == 2024);
}

TEST_CASE("ParseFiscalYear warns about Heisei years past the era's end", "[fiscal_year]") {
  ParseResult<int> r = ParseFiscalYear("平成32年度");
  REQUIRE(r.ok());
  CHECK(*r.value == 2020);
  CHECK(r.warning.find("令和2年度") != std::string::npos);
  CHECK(r.warning.find("平成32年度") != std::string::npos);
}

TEST_CASE("ParseFiscalYear rejects era year 0 and explains 元年", "[fiscal_year]") {
  const std::string r0 = ErrorOf("R0");
  CHECK(r0.find("\"R0\"") != std::string::npos);
  CHECK(r0.find("令和元年度 (R1 = 2019)") != std::string::npos);
  CHECK(r0.find("元年") != std::string::npos);
  CHECK(ErrorOf("令和0年度").find("令和元年度") != std::string::npos);
  CHECK(ErrorOf("H0").find("平成元年度 (H1 = 1989)") != std::string::npos);
}

TEST_CASE("ParseFiscalYear rejects Showa, out-of-range and unknown text", "[fiscal_year]") {
  CHECK(ErrorOf("昭和63年度").find("昭和") != std::string::npos);
  CHECK(ErrorOf("S63").find("1989") != std::string::npos);
  CHECK(ErrorOf("1988").find("\"1988\" is out of range") != std::string::npos);
  CHECK(ErrorOf("2101").find("FY2100") != std::string::npos);
  CHECK_FALSE(ParseFiscalYear("2100").error.size());
  CHECK(ErrorOf("令和83年度").find("out of range") != std::string::npos);
  CHECK(ErrorOf("24").find("平成24年度") != std::string::npos);
  CHECK(ErrorOf("来年度").find("\"来年度\" is not understood") != std::string::npos);
  CHECK(ErrorOf("Spring").find("not understood") != std::string::npos);
  CHECK(ErrorOf("令和X年度").find("令和6年度") != std::string::npos);
  CHECK(ErrorOf("20120").find("not understood") != std::string::npos);
  CHECK(ErrorOf("").find("empty") != std::string::npos);
  CHECK(ErrorOf("年度").find("not understood") != std::string::npos);
}

TEST_CASE("Fiscal years format in era, Western and both forms", "[fiscal_year]") {
  CHECK(FormatEraFiscalYear(2012) == "平成24年度");
  CHECK(FormatEraFiscalYear(2019) == "令和元年度");
  CHECK(FormatEraFiscalYear(1989) == "平成元年度");
  CHECK(FormatEraFiscalYear(2018) == "平成30年度");
  CHECK(FormatEraFiscalYear(2024) == "令和6年度");
  CHECK(FormatWesternFiscalYear(2012) == "2012年度");
  CHECK(FormatFiscalYearBoth(2012) == "平成24年度（2012年度）");
  CHECK(FormatEraYearOnly(2016) == "28年度");
  CHECK(FormatEraYearOnly(2019) == "元年度");
  CHECK(FormatEraYearOnly(2015) == "27年度");
}

TEST_CASE("Formatted era years parse back to the same fiscal year", "[fiscal_year]") {
  for (int fy = 1989; fy <= 2100; ++fy) {
    CHECK(Year(FormatEraFiscalYear(fy)) == fy);
    CHECK(Year(FormatWesternFiscalYear(fy)) == fy);
  }
}
