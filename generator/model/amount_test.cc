#include "model/amount.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

int64_t Yen(std::string_view text) {
  ParseResult<Amount> r = ParseAmount(text);
  INFO(text << ": " << r.error);
  REQUIRE(r.ok());
  REQUIRE_FALSE(r.value->is_uchisu());
  REQUIRE(r.value->yen.has_value());
  return *r.value->yen;
}

std::string ErrorOf(std::string_view text) {
  ParseResult<Amount> r = ParseAmount(text);
  REQUIRE_FALSE(r.ok());
  REQUIRE_FALSE(r.error.empty());
  return r.error;
}

bool Contains(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("ParseAmount reads every unit exactly", "[amount]") {
  CHECK(Yen("1,804百万円") == 1'804'000'000);
  CHECK(Yen("１８０４百万円") == 1'804'000'000);
  CHECK(Yen("34.5億円") == 3'450'000'000);
  CHECK(Yen("３４．５億円") == 3'450'000'000);
  CHECK(Yen("１３８，３１４千円") == 138'314'000);
  CHECK(Yen("138,314千円") == 138'314'000);
  CHECK(Yen("0千円") == 0);
  CHECK(Yen("5兆円") == 5'000'000'000'000);
  CHECK(Yen("120万円") == 1'200'000);
  CHECK(Yen("3500円") == 3500);
  CHECK(Yen("127億円") == 12'700'000'000);
  CHECK(Yen("20.3億円") == 2'030'000'000);
  CHECK(Yen("2.7億円") == 270'000'000);
  CHECK(Yen("1.234千円") == 1234);
  CHECK(Yen("1.2000千円") == 1200);  // trailing zeros still name whole yen
  CHECK(Yen(" 138,314 千円 ") == 138'314'000);
  CHECK(Yen("0.00000001億円") == 1);
  CHECK(Yen("1000000兆円") == 1'000'000'000'000'000'000);
}

TEST_CASE("ParseAmount reads 内数 amounts", "[amount]") {
  for (std::string_view text : {"34.5億円の内数", "34.5億円 の内数", "３４．５億円の内数"}) {
    ParseResult<Amount> r = ParseAmount(text);
    REQUIRE(r.ok());
    CHECK(r.value->is_uchisu());
    CHECK_FALSE(r.value->yen.has_value());
    CHECK(*r.value->container_yen == 3'450'000'000);
  }
}

TEST_CASE("ParseAmount explains what is wrong", "[amount]") {
  CHECK(ErrorOf("12億ドル") ==
        "amount \"12億ドル\" has the unknown unit \"億ドル\": use 円, 千円, 万円, 百万円, 億円 or "
        "兆円.");
  CHECK(ErrorOf("138314") == "amount \"138314\" has no unit: write the unit, e.g. 138,314千円.");
  CHECK(Contains(ErrorOf("1.2345千円"), "千円 allows at most 3 decimals"));
  CHECK(Contains(ErrorOf("3500.5円"), "円 allows no decimals"));
  CHECK(Contains(ErrorOf("-5千円"), "negative"));
  CHECK(Contains(ErrorOf("－５千円"), "negative"));
  CHECK(Contains(ErrorOf("△5千円"), "negative"));
  CHECK(Contains(ErrorOf(""), "empty"));
  CHECK(Contains(ErrorOf("  "), "empty"));
  CHECK(Contains(ErrorOf("1000001兆円"), "too large"));
  CHECK(Contains(ErrorOf("99999999999999999999999円"), "too large"));
  CHECK(Contains(ErrorOf("億円"), "does not start with a number"));
  CHECK(Contains(ErrorOf("1,80,4百万円"), "commas"));
  CHECK(Contains(ErrorOf("1234,567千円"), "commas"));
  CHECK(Contains(ErrorOf(",123千円"), "commas"));
  CHECK(Contains(ErrorOf("1.2.3億円"), "decimal point"));
  CHECK(Contains(ErrorOf("34.億円"), "decimal point"));
  CHECK(Contains(ErrorOf(".5億円"), "usual form"));
  CHECK(Contains(ErrorOf("の内数"), "does not start with a number"));
}

TEST_CASE("FormatYen picks the largest exact unit with one decimal", "[amount]") {
  CHECK(FormatYen(3'100'000'000) == "31億円");
  CHECK(FormatYen(2'030'000'000) == "20.3億円");
  CHECK(FormatYen(1'804'000'000) == "1,804百万円");
  CHECK(FormatYen(138'314'000) == "138,314千円");
  CHECK(FormatYen(0) == "0円");
  CHECK(FormatYen(12'700'000'000) == "127億円");
  CHECK(FormatYen(50'000'000'000) == "500億円");
  CHECK(FormatYen(270'000'000) == "2.7億円");
  CHECK(FormatYen(5'000'000'000'000) == "5兆円");
  CHECK(FormatYen(1'500'000'000'000) == "1.5兆円");
  CHECK(FormatYen(3500) == "3.5千円");
  CHECK(FormatYen(3501) == "3,501円");
  CHECK(FormatYen(-270'000'000) == "△2.7億円");
}

TEST_CASE("FormatThousandYen is exact in 千円", "[amount]") {
  CHECK(FormatThousandYen(3'100'000'000) == "3,100,000千円");
  CHECK(FormatThousandYen(1'234'500) == "1,234.5千円");
  CHECK(FormatThousandYen(1'234'567) == "1,234.567千円");
  CHECK(FormatThousandYen(1'234'050) == "1,234.05千円");
  CHECK(FormatThousandYen(0) == "0千円");
  CHECK(FormatThousandYen(7) == "0.007千円");
  CHECK(FormatThousandYen(-1'000) == "△1千円");
}

TEST_CASE("FormatAmount shows 内数 with its container", "[amount]") {
  CHECK(FormatAmount(*ParseAmount("34.5億円の内数").value) == "34.5億円の内数");
  CHECK(FormatAmount(*ParseAmount("１８０４百万円").value) == "1,804百万円");
  CHECK(FormatAmount(Amount{}) == "");
}

TEST_CASE("Parsed amounts format back to the same yen", "[amount]") {
  for (int64_t yen : {int64_t{0}, int64_t{1}, int64_t{999}, int64_t{3500}, int64_t{138'314'000},
                      int64_t{2'030'000'000}, int64_t{12'700'000'000}}) {
    CHECK(Yen(FormatYen(yen)) == yen);
    CHECK(Yen(FormatThousandYen(yen)) == yen);
  }
}
