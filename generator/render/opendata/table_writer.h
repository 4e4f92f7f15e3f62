// Writes one table of open data as CSV and JSON at once, row by row, straight
// into two streams, so a national dataset (350,000 status rows) is never held
// in memory, as cells or as text. CSV: UTF-8 with a BOM
// (Excel on Japanese Windows then opens it correctly), CRLF line ends, RFC 4180
// quoting, Japanese column names in the header row. JSON: English keys.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace renkei::opendata {

enum class ColumnType { kString, kInteger, kNumber, kBoolean, kList };

struct Column {
  std::string key;    ///< English key, used in JSON: "municipality_code".
  std::string label;  ///< Japanese column name, the CSV header: "団体コード".
  ColumnType type = ColumnType::kString;
  std::string description;  ///< For the catalogue page.
};

std::string_view ColumnTypeName(ColumnType t);  ///< "string", "integer", …

/// One cell. Empty = null (blank in CSV): e.g. a year that was not surveyed.
struct Value {
  enum Kind { kNull, kString, kNumber, kBool, kList } kind = kNull;
  std::string text;               ///< kString, and kNumber as exact decimal text.
  std::vector<std::string> list;  ///< kList
  bool flag = false;              ///< kBool

  static Value Null() { return {}; }
  static Value Str(std::string s);
  static Value Int(int64_t n);
  static Value Decimal(std::string exact_text);  ///< "84.9", "-5.7"
  static Value Bool(bool b);
  static Value List(std::vector<std::string> items);
};

/// A CSV field: text beginning with = + - @ TAB or CR gets a leading ' (OWASP
/// CSV injection), then the field is quoted when it holds , " CR or LF.
std::string CsvText(std::string_view text);

/// A JSON string literal with quotes, escaping " \ control characters and
/// U+2028/U+2029.
std::string JsonString(std::string_view text);

/// CSV: BOM, header, rows, each line ending in CRLF. JSON:
/// {"dataset": id, "title": …, "columns": […], "records": [{key: value, …}, …]}.
class TableWriter {
 public:
  /// Writes the CSV header and the start of the JSON to the streams.
  TableWriter(std::vector<Column> columns, std::string_view id, std::string_view title,
              std::ostream& csv, std::ostream& json);
  /// Adds a row; `values` has one value per column.
  void Row(const std::vector<Value>& values);
  /// Ends the JSON document. Call once, after the last row.
  void Finish();
  size_t rows() const { return rows_; }

 private:
  std::vector<Column> columns_;
  std::ostream& csv_;
  std::ostream& json_;
  std::vector<std::string> json_keys_;  // each column's key as a JSON string, made once
  std::string line_, record_;           // reused for every row
  size_t rows_ = 0;
};

}  // namespace renkei::opendata
