#include "render/xlsx/reports.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/content_loader.h"
#include "load/fixture_test_util.h"
#include "render/opendata/open_data.h"
#include "render/xlsx/budget_sheet.h"
#include "render/xlsx/report_info.h"

using namespace renkei;
namespace fs = std::filesystem;

namespace {

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path TempDir(const char* name) {
  fs::path dir = fs::temp_directory_path() /
                 (std::string("renkei-xlsx-") + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("ReportPath: two-digit prefecture and the fiscal year") {
  CHECK(ReportPath(13, 2016) == "reports/13-2016.xlsx");
  CHECK(ReportPath(2, 2024) == "reports/02-2024.xlsx");
}

TEST_CASE("Report words: 区市町村 for Tokyo, 市町村 elsewhere") {
  CHECK(xlsx::MunicipalityWord(13) == "区市町村");
  CHECK(xlsx::MunicipalityWord(2) == "市町村");
}

TEST_CASE("The 予算 sheet shows the compared years, else the latest budget before them") {
  Library lib;
  for (int y : {2011, 2012, 2015, 2016, 2018}) {
    BudgetLine b;
    b.fiscal_year = y;
    lib.budgets.push_back(b);
  }
  CHECK(xlsx::ReportBudgetYears(lib, 2016, 2015) == std::vector<int>{2015, 2016});
  CHECK(xlsx::ReportBudgetYears(lib, 2018, std::nullopt) == std::vector<int>{2018});
  CHECK(xlsx::ReportBudgetYears(lib, 2014, 2013) == std::vector<int>{2012});
  CHECK(xlsx::ReportBudgetYears(lib, 2010, 2009).empty());
  CHECK(xlsx::ReportBudgetYears(Library{}, 2016, 2015).empty());
}

TEST_CASE("A workbook is byte-identical when written twice with the same build time") {
  const Library lib = LoadFixture("round80");
  const Tabulation tab(lib);
  const Comparison cmp = BuildComparison(lib, tab, 2, 2016, 2015);
  const fs::path dir = TempDir("twice");
  REQUIRE(WriteReportWorkbook(lib, tab, cmp, 1490918400, (dir / "a.xlsx").string()) == "");
  REQUIRE(WriteReportWorkbook(lib, tab, cmp, 1490918400, (dir / "b.xlsx").string()) == "");
  const std::string a = Slurp(dir / "a.xlsx"), b = Slurp(dir / "b.xlsx");
  CHECK(a.size() > 1000);
  CHECK(a == b);
  fs::remove_all(dir);
}

TEST_CASE("An unwritable path is an error, not a crash") {
  const Library lib = LoadFixture("round80");
  const Tabulation tab(lib);
  const Comparison cmp = BuildComparison(lib, tab, 2, 2016, 2015);
  CHECK_FALSE(WriteReportWorkbook(lib, tab, cmp, 1, "/nonexistent-dir/x.xlsx").empty());
}

TEST_CASE("RenderReports: one workbook per prefecture and surveyed year without pinned years") {
  const Library lib = LoadFixture("mini");  // no report.years: FY2015 alone, then FY2016 vs FY2015
  const Tabulation tab(lib);
  const fs::path dir = TempDir("mini");
  BuildSettings settings;
  settings.build_time = 1;
  Diagnostics diags;
  {
    OutputTree out((dir / "site").string());
    RenderContext ctx{lib, tab, settings, out, diags, {}, nullptr};
    RenderReports(ctx);
    RenderOpenData(ctx);
    REQUIRE(out.Commit());
  }
  CHECK(diags.all().empty());
  CHECK(fs::exists(dir / "site/reports/13-2015.xlsx"));
  CHECK(fs::exists(dir / "site/reports/13-2016.xlsx"));
  for (const char* f : {"index.html", "catalog.json", "status.csv", "indicator_summary.json"})
    CHECK(fs::exists(dir / "site/data" / f));
  fs::remove_all(dir);
}
