#include "render/opendata/datasets.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/content_loader.h"
#include "load/fixture_test_util.h"

using namespace renkei;
using namespace renkei::opendata;
namespace fs = std::filesystem;

namespace {

const Library& Round80() {
  static const Library lib = LoadFixture("round80");
  return lib;
}

std::string Csv(const char* id, const Library& lib = Round80()) {
  const Tabulation tab(lib);
  for (const Dataset& d : AllDatasets(lib, tab)) {
    if (d.id != id) continue;
    std::ostringstream csv, json;
    TableWriter w(d.columns, d.id, d.title, csv, json);
    d.rows(w);
    return csv.str();
  }
  return "";
}

}  // namespace

TEST_CASE("TenthsDecimal") {
  CHECK(TenthsDecimal(849) == "84.9");
  CHECK(TenthsDecimal(-57) == "-5.7");
  CHECK(TenthsDecimal(0) == "0.0");
  CHECK(TenthsDecimal(-3) == "-0.3");
}

TEST_CASE("Indicator summary: 1 of 80 is 1.3%, and 2 -> 1 is △1.3%") {
  const std::string csv = Csv("indicator_summary");
  CHECK(csv.find(",one,1団体（前年度2団体）だけ実施,,0,false,false,1,1.3%,1.3,2,2.5%,2.5,△1.3%,-1."
                 "3\r\n") != std::string::npos);
  CHECK(csv.find(",nine,9団体（前年度8団体）が実施,,0,false,false,9,11.3%,11.3,8,10.0%,10.0,1.3%,1."
                 "3\r\n") != std::string::npos);
  CHECK(csv.find(",80,a,") != std::string::npos);  // the excluded 81st is not in n
}

TEST_CASE("Status: excluded municipalities are listed, marked as not counted") {
  const std::string csv = Csv("status");
  CHECK(csv.find("2016,平成28年度,023817,テスト81町,false,ア,one,") != std::string::npos);
  CHECK(csv.find("2016,平成28年度,023019,テスト1町,true,ア,any,下記のいずれかを実施,true,done,実施,"
                 "○,\r\n") != std::string::npos);
}

TEST_CASE("Status: a record's note is in its row, notes of several files included") {
  // Files are parsed apart and merged: a note of the second file with notes
  // must not take the first file's.
  const fs::path dir = fs::temp_directory_path() / "renkei-notes-test";
  fs::remove_all(dir);
  fs::copy(RENKEI_SOURCE_DIR "/tests/fixtures/mini", dir, fs::copy_options::recursive);
  std::ofstream(dir / "status" / "2014.csv")
      << "fiscal_year,municipality_code,indicator,status,note\n"
      << "平成26年度,131024,a-list,予定,来年度から\n";
  Library lib;
  Diagnostics d;
  LoadContent(dir.string(), d, &lib);
  fs::remove_all(dir);
  REQUIRE_FALSE(d.has_errors());
  const std::string csv = Csv("status", lib);
  const auto row_of = [&csv](const std::string& note) {
    const size_t at = csv.find(note);
    if (at == std::string::npos) return std::string();
    const size_t start = csv.rfind('\n', at) + 1;
    return csv.substr(start, csv.find('\n', at) - start);
  };
  CHECK(row_of("来年度から").find("131024") != std::string::npos);
  CHECK(row_of("介護職向け").find("131016") != std::string::npos);
  CHECK(row_of("介護職向け").find("f-care") != std::string::npos);
  CHECK(csv.find("介護職向け") == csv.rfind("介護職向け"));  // in its row only
}

TEST_CASE("Every dataset is defined with keys and Japanese labels") {
  const Tabulation tab(Round80());
  std::vector<std::string> ids;
  for (const Dataset& d : AllDatasets(Round80(), tab)) {
    ids.push_back(d.id);
    CHECK_FALSE(d.title.empty());
    for (const Column& c : d.columns) {
      CHECK_FALSE(c.key.empty());
      CHECK_FALSE(c.label.empty());
    }
  }
  CHECK(ids == std::vector<std::string>{"municipalities", "indicator_summary", "status", "budgets",
                                        "budget_totals", "models", "outcomes", "outcome_figures"});
}
