#include <catch2/catch.hpp>

#include "lint/lint_test_util.h"

using namespace renkei;
using lint_test::Findings;

TEST_CASE("a date without a year is flagged", "[lint]") {
  auto f = Findings("シンポジウムは12月5日（土）に開きます。\n", "date-year");
  REQUIRE(f.size() == 1);
  CHECK(f[0].diagnostic.message ==
        "date without a year \"12月5日\": write the year, e.g. 令和8年12月5日 or 2026年12月5日");
  CHECK(f[0].diagnostic.where.column == 8);
  CHECK_FALSE(f[0].edit);
}

TEST_CASE("an era year without its era is flagged with both forms", "[lint]") {
  auto f = Findings("8年12月5日に開きます。\n", "date-year");
  REQUIRE(f.size() == 1);
  CHECK(f[0].diagnostic.message ==
        "year without era \"8年12月5日\": write 令和8年12月5日（土） or 2026年12月5日");
  auto h = Findings("28年10月31日時点\n", "date-year");
  REQUIRE(h.size() == 1);
  CHECK(h[0].diagnostic.message.find("平成28年10月31日（月） or 2016年10月31日") !=
        std::string::npos);
}

TEST_CASE("dates with a year are fine", "[lint]") {
  CHECK(Findings("令和8年12月5日（土）\n", "date-year").empty());
  CHECK(Findings("2026年12月5日\n", "date-year").empty());
  CHECK(Findings("令和元年5月1日\n", "date-year").empty());
  CHECK(Findings("２０２６年１２月５日\n", "date-year").empty());
  CHECK(Findings("令和8年12月5日（土）と12月6日（日）に開きます。\n", "date-year").empty());
  CHECK(Findings("毎年4月1日に始まります。\n", "date-year").empty());
  CHECK(Findings("年度は4月1日から翌年3月31日までです。\n", "date-year").empty());
  CHECK(Findings("`12月5日`\n", "date-year").empty());
  CHECK(Findings("3か月ごと、毎月5日\n", "date-year").empty());
}

TEST_CASE("a relative year does not place a date", "[lint]") {
  auto f = Findings("今年12月5日に開きます。\n", "date-year");
  REQUIRE(f.size() == 1);
  CHECK(f[0].diagnostic.message.find("\"今年12月5日\"") != std::string::npos);
}
