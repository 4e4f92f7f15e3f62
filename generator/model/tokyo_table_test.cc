// The sample content must reproduce Tokyo's published FY2015/FY2016 table
// (seed 001) figure for figure, through the same rows every output uses.
#include <catch2/catch.hpp>

#include "load/content_loader.h"
#include "model/comparison.h"

using namespace renkei;

namespace {
struct Expected {
  const char* id;
  const char* now_count;
  const char* now_percent;
  const char* prev_count;
  const char* prev_percent;
  const char* change;
};

// Copied from the published table (東京都福祉保健局, 平成28年度末時点, n=53).
const Expected kTokyo[] = {
    {"a-resources", "53", "100.0%", "53", "100.0%", "0.0%"},
    {"a-list-map", "45", "84.9%", "43", "81.1%", "3.8%"},
    {"b-meeting", "47", "88.7%", "47", "88.7%", "0.0%"},
    {"c-provision", "41", "77.4%", "33", "62.3%", "15.1%"},
    {"d-info-sharing", "35", "66.0%", "32", "60.4%", "5.7%"},
    {"e-consultation", "35", "66.0%", "32", "60.4%", "5.7%"},
    {"f-training", "47", "88.7%", "42", "79.2%", "9.4%"},
    {"f-multi-profession", "43", "81.1%", "38", "71.7%", "9.4%"},
    {"f-medical", "27", "50.9%", "30", "56.6%", "△5.7%"},
    {"f-care", "41", "77.4%", "", "", ""},
    {"g-awareness", "41", "77.4%", "34", "64.2%", "13.2%"},
    {"g-lecture", "32", "60.4%", "33", "62.3%", "△1.9%"},
    {"g-materials", "", "", "", "", ""},
    {"g-pamphlet", "32", "60.4%", "21", "39.6%", "20.8%"},
    {"g-website", "29", "54.7%", "19", "35.8%", "18.9%"},
    {"h-neighbours", "53", "100.0%", "31", "58.5%", "41.5%"},
};
}  // namespace

TEST_CASE("Sample content reproduces Tokyo's FY2016/FY2015 table exactly") {
  Library lib;
  Diagnostics diags;
  REQUIRE(LoadContent(RENKEI_SOURCE_DIR "/content", diags, &lib));
  REQUIRE_FALSE(diags.has_errors());
  Tabulation tab(lib);
  CHECK(tab.Denominator(13) == 53);
  const auto pairs = ReportYears(lib, tab, 13);
  REQUIRE(pairs.size() == 1);
  CHECK(pairs[0].first == 2016);
  CHECK(pairs[0].second == 2015);
  const Comparison c = BuildComparison(lib, tab, 13, 2016, 2015);
  REQUIRE(c.rows.size() == std::size(kTokyo));
  for (size_t i = 0; i < c.rows.size(); ++i) {
    const Expected& e = kTokyo[i];
    const ComparisonRow& row = c.rows[i];
    INFO(e.id);
    CHECK(lib.indicators[row.indicator].id == e.id);
    CHECK(row.text.now_count == e.now_count);
    CHECK(row.text.now_percent == e.now_percent);
    CHECK(row.text.prev_count == e.prev_count);
    CHECK(row.text.prev_percent == e.prev_percent);
    CHECK(row.text.change == e.change);
  }
}
