#include "render/opendata/table_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

using namespace renkei::opendata;

TEST_CASE("CsvText: RFC 4180 quoting only where needed") {
  CHECK(CsvText("千代田区") == "千代田区");
  CHECK(CsvText("a,b") == "\"a,b\"");
  CHECK(CsvText("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(CsvText("two\nlines") == "\"two\nlines\"");
  CHECK(CsvText("cr\r") == "\"cr\r\"");
  CHECK(CsvText("") == "");
}

TEST_CASE("CsvText: text that a spreadsheet would run as a formula gets a leading '") {
  CHECK(CsvText("=1+2") == "'=1+2");
  CHECK(CsvText("+81 3") == "'+81 3");
  CHECK(CsvText("-1") == "'-1");
  CHECK(CsvText("@SUM(A1)") == "'@SUM(A1)");
  CHECK(CsvText("\tx") == "'\tx");
  CHECK(CsvText("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
  CHECK(CsvText("03-0000-0000") == "03-0000-0000");  // only the first character matters
}

TEST_CASE("JsonString escapes quotes, backslashes, controls and line separators") {
  CHECK(JsonString("東京都") == "\"東京都\"");
  CHECK(JsonString("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(JsonString("1\n2\r3\t4") == "\"1\\n2\\r3\\t4\"");
  CHECK(JsonString(std::string("\x01", 1)) == "\"\\u0001\"");
  CHECK(JsonString("x\u2028y\u2029") == "\"x\\u2028y\\u2029\"");
  CHECK(JsonString("</script>") == "\"</script>\"");
}

TEST_CASE("TableWriter: BOM, Japanese header, CRLF rows, nulls blank, numbers bare") {
  std::ostringstream csv, js;
  TableWriter w({{"code", "団体コード", ColumnType::kString, ""},
                 {"count", "実施数", ColumnType::kInteger, ""},
                 {"done", "実施", ColumnType::kBoolean, ""},
                 {"effects", "効果", ColumnType::kList, ""}},
                "t", "表", csv, js);
  w.Row({Value::Str("011002"), Value::Int(45), Value::Bool(true), Value::List({"a", "b"})});
  w.Row({Value::Str("=x"), Value::Null(), Value::Bool(false), Value::List({})});
  w.Finish();
  CHECK(w.rows() == 2);
  CHECK(csv.str() ==
        "\xEF\xBB\xBF団体コード,実施数,実施,効果\r\n"
        "011002,45,true,\"a\nb\"\r\n"
        "'=x,,false,\r\n");
  const std::string json = js.str();
  CHECK(json.find(
            "{\"code\": \"011002\", \"count\": 45, \"done\": true, \"effects\": [\"a\", \"b\"]}") !=
        std::string::npos);
  CHECK(json.find("{\"code\": \"=x\", \"count\": null, \"done\": false, \"effects\": []}") !=
        std::string::npos);
  CHECK(json.find("\"columns\": [") != std::string::npos);
}

TEST_CASE("TableWriter: an empty table is valid JSON") {
  std::ostringstream csv, js;
  TableWriter w({{"a", "列", ColumnType::kString, ""}}, "e", "空", csv, js);
  w.Finish();
  CHECK(js.str() ==
        "{\n  \"dataset\": \"e\",\n  \"title\": \"空\",\n  \"columns\": [\n    {\"key\": \"a\", "
        "\"label\": \"列\", \"type\": \"string\"}\n  ],\n  \"records\": []\n}\n");
  CHECK(csv.str() == "\xEF\xBB\xBF列\r\n");
}
