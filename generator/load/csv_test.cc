#include "load/csv.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {
std::vector<CsvRow> Parse(std::string_view text, Diagnostics* diags) {
  std::vector<CsvRow> rows;
  ParseCsv(text, "t.csv", *diags, &rows);
  return rows;
}
}  // namespace

TEST_CASE("CSV: RFC 4180 quoting, embedded commas, quotes and newlines") {
  Diagnostics d;
  auto rows = Parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n", &d);
  REQUIRE_FALSE(d.has_errors());
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].fields[0].text == "x, y");
  CHECK(rows[1].fields[1].text == "say \"hi\"");
  CHECK(rows[1].fields[2].text == "two\nlines");
  CHECK(rows[2].line == 4);  // the quoted newline counts as a line
  REQUIRE(rows[2].fields.size() == 3);
  CHECK(rows[2].fields[2].text.empty());
}

TEST_CASE("CSV: columns are counted in characters, not bytes") {
  Diagnostics d;
  auto rows = Parse("千代田区,港区,x\n", &d);
  REQUIRE(rows[0].fields.size() == 3);
  CHECK(rows[0].fields[1].column == 6);
  CHECK(rows[0].fields[2].column == 9);
}

TEST_CASE("CSV: blank lines are skipped, line numbers kept") {
  Diagnostics d;
  auto rows = Parse("a\n\n\nb\n", &d);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].line == 4);
}

TEST_CASE("CSV: an unterminated quote is reported where it opens") {
  Diagnostics d;
  auto rows = Parse("a,b\n1,\"open\n2,3\n", &d);
  REQUIRE(d.error_count() == 1);
  CHECK(d.all()[0].where.line == 2);
  CHECK(d.all()[0].where.column == 3);
  CHECK(rows.size() == 1);
}

TEST_CASE("CSV header: names are trimmed and full-width normalized") {
  Diagnostics d;
  auto rows = Parse(" code ,ｎａｍｅ\n", &d);
  CsvHeader h(rows[0]);
  CHECK(h.Find("code") == 0);
  CHECK(h.Find("name") == 1);
  CHECK(h.Find("kana") == -1);
}
