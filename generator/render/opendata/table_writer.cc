#include "render/opendata/table_writer.h"

#include <charconv>

#include "util/json.h"

namespace renkei::opendata {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string JoinLines(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "\n" : "") + items[i];
  return out;
}

// A CSV field: text beginning with = + - @ TAB or CR gets a leading ' (OWASP
// CSV injection), then the field is quoted when it holds , " CR or LF. Most
// cells need neither and are appended as they are; a loop, not
// find_first_of, which calls memchr once per character.
void AppendCsvText(std::string& out, std::string_view text) {
  const bool guard =
      !text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos;
  bool quote = false;
  for (const char c : text) quote = quote || c == ',' || c == '"' || c == '\r' || c == '\n';
  if (quote) out += '"';
  if (guard) out += '\'';
  if (!quote) {
    out += text;
    return;
  }
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// The cell appenders below write into the row's buffer instead of returning a
// string per cell: the national status table has 4.5 million cells.

void AppendInt(std::string& out, int64_t n) {
  char buf[24];
  const auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
  out.append(buf, end);
}

void AppendCsvField(std::string& out, const Value& v) {
  switch (v.kind) {
    case Value::kNull:
      return;
    case Value::kNumber:
      out += v.text;
      return;
    case Value::kInt:
      AppendInt(out, v.number);
      return;
    case Value::kBool:
      out += v.flag ? "true" : "false";
      return;
    case Value::kString:
      AppendCsvText(out, v.Text());
      return;
    case Value::kList:
      AppendCsvText(out, JoinLines(v.list));
      return;
  }
}

void AppendJsonValue(std::string& out, const Value& v) {
  switch (v.kind) {
    case Value::kNull:
      out += "null";
      return;
    case Value::kNumber:
      out += v.text;
      return;
    case Value::kInt:
      AppendInt(out, v.number);
      return;
    case Value::kBool:
      out += v.flag ? "true" : "false";
      return;
    case Value::kString:
      AppendJsonString(out, v.Text());
      return;
    case Value::kList:
      out += '[';
      for (size_t i = 0; i < v.list.size(); ++i) {
        if (i) out += ", ";
        AppendJsonString(out, v.list[i]);
      }
      out += ']';
      return;
  }
}

}  // namespace

std::string_view ColumnTypeName(ColumnType t) {
  switch (t) {
    case ColumnType::kString:
      return "string";
    case ColumnType::kInteger:
      return "integer";
    case ColumnType::kNumber:
      return "number";
    case ColumnType::kBoolean:
      return "boolean";
    case ColumnType::kList:
      return "list";
  }
  return "string";
}

Value Value::Str(std::string s) { return {.kind = kString, .text = std::move(s)}; }
Value Value::View(std::string_view s) { return {.kind = kString, .borrowed = s, .is_view = true}; }
Value Value::Int(int64_t n) { return {.kind = kInt, .number = n}; }
Value Value::Decimal(std::string exact_text) {
  return {.kind = kNumber, .text = std::move(exact_text)};
}
Value Value::Bool(bool b) { return {.kind = kBool, .flag = b}; }
Value Value::List(std::vector<std::string> items) {
  return {.kind = kList, .list = std::move(items)};
}

std::string CsvText(std::string_view text) {
  std::string out;
  AppendCsvText(out, text);
  return out;
}

std::string JsonString(std::string_view text) {
  std::string out;
  AppendJsonString(out, text);
  return out;
}

TableWriter::TableWriter(std::vector<Column> columns, std::string_view id, std::string_view title,
                         std::ostream& csv, std::ostream& json)
    : columns_(std::move(columns)), csv_(csv), json_(json) {
  csv_ << kBom;
  for (size_t i = 0; i < columns_.size(); ++i) csv_ << (i ? "," : "") << CsvText(columns_[i].label);
  csv_ << "\r\n";
  json_ << "{\n  \"dataset\": " << JsonString(id) << ",\n  \"title\": " << JsonString(title)
        << ",\n  \"columns\": [";
  for (size_t i = 0; i < columns_.size(); ++i) {
    const Column& c = columns_[i];
    json_ << (i ? "," : "") << "\n    {\"key\": " << JsonString(c.key)
          << ", \"label\": " << JsonString(c.label)
          << ", \"type\": " << JsonString(ColumnTypeName(c.type)) << "}";
  }
  json_ << "\n  ],\n  \"records\": [";
  for (const Column& c : columns_) json_keys_.push_back(JsonString(c.key));
}

void TableWriter::Row(const Value* values, size_t count) {
  static const Value kNull;
  line_.clear();
  record_.assign(rows_ ? ",\n    {" : "\n    {");
  for (size_t i = 0; i < columns_.size(); ++i) {
    const Value& v = i < count ? values[i] : kNull;
    if (i) {
      line_ += ',';
      record_ += ", ";
    }
    AppendCsvField(line_, v);
    record_ += json_keys_[i];
    record_ += ": ";
    AppendJsonValue(record_, v);
  }
  line_ += "\r\n";
  record_ += '}';
  csv_ << line_;
  json_ << record_;
  ++rows_;
}

void TableWriter::Finish() { json_ << (rows_ ? "\n  ]\n}\n" : "]\n}\n"); }

}  // namespace renkei::opendata
