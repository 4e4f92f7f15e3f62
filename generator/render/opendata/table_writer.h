// Writes one table of open data as CSV and JSON at once, row by row, straight
// into two streams, so a national dataset (350,000 status rows) is never held
// in memory, as cells or as text. CSV: UTF-8 with a BOM
// (Excel on Japanese Windows then opens it correctly), CRLF line ends, RFC 4180
// quoting, Japanese column names in the header row. JSON: English keys.
#pragma once

#include <cstdint>
#include <initializer_list>
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
  enum Kind { kNull, kString, kNumber, kInt, kBool, kList } kind = kNull;
  std::string text{};               ///< kString (owned), and kNumber as exact decimal text.
  std::string_view borrowed{};      ///< kString from View: text that outlives the row.
  int64_t number = 0;               ///< kInt
  std::vector<std::string> list{};  ///< kList
  bool flag = false;                ///< kBool
  bool is_view = false;             ///< kString: the text is `borrowed`.

  /// The text of a kString or kNumber, owned or borrowed.
  std::string_view Text() const { return is_view ? borrowed : std::string_view(text); }

  static Value Null() { return {}; }
  static Value Str(std::string s);
  /// A string that is not copied: `s` must live until the row is written (it
  /// may be a temporary made in the Row call itself). The national status table
  /// has 4.5 million cells, nearly all of them names and ids from the Library.
  static Value View(std::string_view s);
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
  void Row(std::initializer_list<Value> values) { Row(values.begin(), values.size()); }
  void Row(const std::vector<Value>& values) { Row(values.data(), values.size()); }
  /// Ends the JSON document. Call once, after the last row.
  void Finish();
  size_t rows() const { return rows_; }

 private:
  void Row(const Value* values, size_t count);

  std::vector<Column> columns_;
  std::ostream& csv_;
  std::ostream& json_;
  std::vector<std::string> json_keys_;  // each column's key as a JSON string, made once
  std::string line_, record_;           // reused for every row
  size_t rows_ = 0;
};

}  // namespace renkei::opendata
