#include "model/share.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace renkei;

namespace {

// Tokyo, FY2016 against FY2015, 53 municipalities (islands excluded): seed 001.
constexpr int64_t kTokyo = 53;

std::string Change(int64_t now, int64_t prev, int64_t total = kTokyo) {
  return FormatPercentTenths(ChangeTenths({now, total}, {prev, total}));
}

}  // namespace

TEST_CASE("PercentTenths rounds half up, symmetrically", "[share]") {
  CHECK(PercentTenths(45, 53) == 849);
  CHECK(PercentTenths(1, 80) == 13);  // 1.25% -> 1.3%, where printf would print 1.2
  CHECK(PercentTenths(-1, 80) == -13);
  CHECK(PercentTenths(3, 80) == 38);  // 3.75% -> 3.8%
  CHECK(PercentTenths(0, 53) == 0);
  CHECK(PercentTenths(53, 53) == 1000);
  CHECK(PercentTenths(1, 3) == 333);
  CHECK(PercentTenths(2, 3) == 667);
  CHECK(PercentTenths(-2, 3) == -667);
}

TEST_CASE("FormatPercentTenths marks negatives with a triangle", "[share]") {
  CHECK(FormatPercentTenths(849) == "84.9%");
  CHECK(FormatPercentTenths(0) == "0.0%");
  CHECK(FormatPercentTenths(1000) == "100.0%");
  CHECK(FormatPercentTenths(5) == "0.5%");
  CHECK(FormatPercentTenths(-57) == "△5.7%");
  CHECK(FormatPercentTenths(-5) == "△0.5%");
}

TEST_CASE("FormatShare matches Tokyo's table", "[share]") {
  CHECK(FormatShare({53, kTokyo}) == "100.0%");
  CHECK(FormatShare({45, kTokyo}) == "84.9%");
  CHECK(FormatShare({43, kTokyo}) == "81.1%");
  CHECK(FormatShare({47, kTokyo}) == "88.7%");
  CHECK(FormatShare({33, kTokyo}) == "62.3%");
  CHECK(FormatShare({35, kTokyo}) == "66.0%");
  CHECK(FormatShare({32, kTokyo}) == "60.4%");
  CHECK(FormatShare({27, kTokyo}) == "50.9%");
  CHECK(FormatShare({19, kTokyo}) == "35.8%");
  CHECK(FormatShare({1, 80}) == "1.3%");
  CHECK(FormatShare({0, 0}) == "");
}

TEST_CASE("ChangeTenths rounds the exact difference, not the rounded figures", "[share]") {
  CHECK(Change(45, 43) == "3.8%");
  CHECK(Change(35, 32) == "5.7%");  // 66.0 - 60.4 would be 5.6
  CHECK(Change(41, 33) == "15.1%");
  CHECK(Change(47, 42) == "9.4%");
  CHECK(Change(27, 30) == "△5.7%");
  CHECK(Change(32, 33) == "△1.9%");
  CHECK(Change(53, 31) == "41.5%");
  CHECK(Change(32, 21) == "20.8%");
  CHECK(Change(29, 19) == "18.9%");
  CHECK(Change(47, 47) == "0.0%");
  CHECK(ChangeTenths({9, 80}, {8, 80}) == 13);  // 1.25 points; binary floating point gives 1.2
  CHECK(Change(9, 8, 80) == "1.3%");
  CHECK(Change(1, 2, 80) == "△1.3%");
  CHECK(ChangeTenths({1, 3}, {1, 2}) == -167);  // different totals
  CHECK(ChangeTenths({1, 0}, {1, 2}) == 0);
}

TEST_CASE("FormatComparison leaves years that were not surveyed blank", "[share]") {
  const ComparisonText both = FormatComparison(Share{45, kTokyo}, Share{43, kTokyo});
  CHECK(both.now_count == "45");
  CHECK(both.now_percent == "84.9%");
  CHECK(both.prev_count == "43");
  CHECK(both.prev_percent == "81.1%");
  CHECK(both.change == "3.8%");

  // 介護関係者に対する研修: 41 in FY2016, not surveyed in FY2015.
  const ComparisonText no_prev = FormatComparison(Share{41, kTokyo}, std::nullopt);
  CHECK(no_prev.now_count == "41");
  CHECK(no_prev.now_percent == "77.4%");
  CHECK(no_prev.prev_count == "");
  CHECK(no_prev.prev_percent == "");
  CHECK(no_prev.change == "");

  const ComparisonText no_now = FormatComparison(std::nullopt, Share{0, kTokyo});
  CHECK(no_now.now_count == "");
  CHECK(no_now.now_percent == "");
  CHECK(no_now.prev_count == "0");
  CHECK(no_now.prev_percent == "0.0%");
  CHECK(no_now.change == "");

  const ComparisonText none = FormatComparison(std::nullopt, std::nullopt);
  CHECK((none.now_count + none.now_percent + none.prev_count + none.prev_percent + none.change)
            .empty());
}

TEST_CASE("Spreadsheet values display the same figures", "[share]") {
  CHECK(SpreadsheetShareValue({45, kTokyo}) == Approx(45.0 / 53.0));
  CHECK(SpreadsheetShareValue({0, 0}) == 0.0);
  CHECK(SpreadsheetChangeValue({35, kTokyo}, {32, kTokyo}) == 0.057);
  CHECK(SpreadsheetChangeValue({9, 80}, {8, 80}) == 0.013);
  CHECK(SpreadsheetChangeValue({27, kTokyo}, {30, kTokyo}) == -0.057);
  // 1/3 - 1/3.0001-ish: a tiny negative change rounds to exactly zero, not -0.0.
  const double tiny = SpreadsheetChangeValue({10000, 30001}, {1, 3});
  CHECK(tiny == 0.0);
  CHECK_FALSE(std::signbit(tiny));
}
