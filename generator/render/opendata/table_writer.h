// Writes one table of open data as CSV and JSON at once, row by row, so a
// national dataset is never held as cells in memory. CSV: UTF-8 with a BOM
// (Excel on Japanese Windows then opens it correctly), CRLF line ends, RFC 4180
// quoting, Japanese column names in the header row. JSON: English keys.
#pragma once

#include <cstdint>
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

class TableWriter {
 public:
  explicit TableWriter(std::vector<Column> columns);
  /// Adds a row; `values` has one value per column.
  void Row(const std::vector<Value>& values);
  size_t rows() const { return rows_; }
  const std::vector<Column>& columns() const { return columns_; }

  /// The CSV file: BOM, header, rows, each line ending in CRLF.
  const std::string& csv() const { return csv_; }
  /// The JSON file: {"dataset": id, "title": …, "columns": […], "records": […]}.
  std::string Json(std::string_view id, std::string_view title) const;

 private:
  std::vector<Column> columns_;
  std::string csv_;
  std::string records_;  // JSON objects separated by ",\n"
  size_t rows_ = 0;
};

}  // namespace renkei::opendata
