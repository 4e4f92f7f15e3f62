#include "model/municipality_code.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

std::string Code(std::string_view text) {
  ParseResult<std::string> r = ParseMunicipalityCode(text);
  INFO(text << ": " << r.error);
  REQUIRE(r.ok());
  return *r.value;
}

std::string ErrorOf(std::string_view text) {
  ParseResult<std::string> r = ParseMunicipalityCode(text);
  REQUIRE_FALSE(r.ok());
  return r.error;
}

}  // namespace

TEST_CASE("MunicipalityCheckDigit follows JIS X 0402", "[municipality_code]") {
  CHECK(MunicipalityCheckDigit("13101") == 6);  // 千代田区
  CHECK(MunicipalityCheckDigit("01100") == 2);  // 札幌市
  CHECK(MunicipalityCheckDigit("33100") == 7);  // 岡山市
  CHECK(MunicipalityCheckDigit("13000") == 1);  // 東京都
  CHECK(MunicipalityCheckDigit("47000") == 7);  // 沖縄県
  CHECK(MunicipalityCheckDigit("1310") == -1);
  CHECK(MunicipalityCheckDigit("1310a") == -1);
}

TEST_CASE("ParseMunicipalityCode completes or verifies the check digit", "[municipality_code]") {
  CHECK(Code("13101") == "131016");
  CHECK(Code("131016") == "131016");
  CHECK(Code("１３１０１６") == "131016");
  CHECK(Code(" 13101 ") == "131016");
  CHECK(Code("011002") == "011002");
  CHECK(ParseMunicipalityCode("13101").warning.empty());
}

TEST_CASE("ParseMunicipalityCode names the bad value", "[municipality_code]") {
  CHECK(ErrorOf("131017") ==
        "municipality code \"131017\" has a wrong check digit: did you mean 131016?");
  CHECK(ErrorOf("1310").find("\"1310\" is not a municipality code") != std::string::npos);
  CHECK(ErrorOf("1310166").find("\"1310166\"") != std::string::npos);
  CHECK(ErrorOf("13-101").find("6 digits") != std::string::npos);
  CHECK(ErrorOf("千代田区").find("\"千代田区\"") != std::string::npos);
  CHECK(ErrorOf("").find("empty") != std::string::npos);
}

TEST_CASE("ParseMunicipalityCode warns when Excel may have dropped a leading 0",
          "[municipality_code]") {
  ParseResult<std::string> r = ParseMunicipalityCode("11002");  // 札幌市 011002 without its 0
  REQUIRE(r.ok());
  CHECK(*r.value == "110027");
  CHECK(r.warning.find("011002") != std::string::npos);
}

TEST_CASE("PrefectureOf reads the first two digits", "[municipality_code]") {
  CHECK(PrefectureOf("131016") == 13);
  CHECK(PrefectureOf("011002") == 1);
  CHECK(PrefectureOf("") == 0);
  CHECK(PrefectureOf("x1") == 0);
}
