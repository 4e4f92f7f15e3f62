#include "model/tabulation.h"

#include <catch2/catch.hpp>

#include "load/content_loader.h"
#include "model/comparison.h"

using namespace renkei;

namespace {
// tests/fixtures/mini: 3 counted wards and one excluded island town that did
// everything in FY2015 (it must count nowhere).
const Library& Mini() {
  static Library lib = [] {
    Library l;
    Diagnostics d;
    LoadContent(RENKEI_SOURCE_DIR "/tests/fixtures/mini", d, &l);
    REQUIRE_FALSE(d.has_errors());
    return l;
  }();
  return lib;
}
std::optional<Share> ShareOf(const Tabulation& t, int year, const char* id) {
  return t.ShareOf(13, year, Mini().FindIndicator(id));
}
}  // namespace

TEST_CASE("Tabulation: denominators leave excluded municipalities out") {
  Tabulation t(Mini());
  CHECK(t.Denominator(13) == 3);
  CHECK(t.prefectures() == std::vector<int>{13});
  CHECK(t.SurveyedYears(13) == std::vector<int>{2015, 2016});
}

TEST_CASE("Tabulation: leaf counts, and excluded municipalities count nowhere") {
  Tabulation t(Mini());
  auto a_map = ShareOf(t, 2015, "a-map");
  REQUIRE(a_map);
  CHECK(a_map->count == 1);  // 大島町 also did it, but is excluded
  CHECK(a_map->total == 3);
  CHECK(ShareOf(t, 2015, "a-list")->count == 3);
}

TEST_CASE("Tabulation: not surveyed is no share at all, not zero") {
  Tabulation t(Mini());
  CHECK_FALSE(ShareOf(t, 2015, "f-care"));
  auto medical_2016 = ShareOf(t, 2016, "f-medical");
  REQUIRE(medical_2016);  // surveyed (予定), none done
  CHECK(medical_2016->count == 0);
}

TEST_CASE("Tabulation: rollup any counts each municipality once, at any depth") {
  Tabulation t(Mini());
  CHECK(ShareOf(t, 2015, "f-any")->count == 2);  // f-group by 千代田区, f-medical by 中央区
  CHECK(ShareOf(t, 2016, "f-any")->count == 1);  // f-care (below the heading) by 千代田区
  CHECK_FALSE(ShareOf(t, 2016, "f-head"));       // headings carry no figures
}

TEST_CASE("Tabulation: a rollup's status is its most advanced child's") {
  const Library& lib = Mini();
  Tabulation t(lib);
  const int minato = lib.FindMunicipality("131032");
  CHECK(t.StatusOf(minato, 2016, lib.FindIndicator("f-any")) == Status::kPlanned);
  CHECK_FALSE(t.StatusOf(minato, 2016, lib.FindIndicator("f-care")));
}

TEST_CASE("Comparison rows carry the displayed text of the one formatting function") {
  const Library& lib = Mini();
  Tabulation t(lib);
  Comparison c = BuildComparison(lib, t, 13, 2016, 2015);
  REQUIRE(c.rows.size() == lib.indicators.size());
  const ComparisonRow& care = c.rows[lib.FindIndicator("f-care")];
  CHECK(care.text.now_percent == "33.3%");
  CHECK(care.text.prev_percent.empty());
  CHECK(care.text.change.empty());
  const ComparisonRow& any = c.rows[lib.FindIndicator("f-any")];
  CHECK(any.text.change == "△33.3%");
}
