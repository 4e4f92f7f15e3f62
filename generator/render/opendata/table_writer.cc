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

// Text that goes into CSV as it is: no injection guard, no quotes. A loop,
// not find_first_of, which calls memchr once per character.
bool IsPlainCsv(std::string_view text) {
  if (text.empty() || std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos)
    return false;
  for (const char c : text)
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return false;
  return true;
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
    case Value::kString: {
      // Most cells need neither the injection guard nor quotes: append them as they are.
      const std::string_view text = v.Text();
      if (IsPlainCsv(text))
        out += text;
      else
        out += CsvText(text);
      return;
    }
    case Value::kList:
      out += CsvText(JoinLines(v.list));
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

Value Value::Str(std::string s) {
  Value v;
  v.kind = kString;
  v.text = std::move(s);
  return v;
}
Value Value::View(std::string_view s) {
  Value v;
  v.kind = kString;
  v.borrowed = s;
  v.is_view = true;
  return v;
}
Value Value::Int(int64_t n) {
  Value v;
  v.kind = kInt;
  v.number = n;
  return v;
}
Value Value::Decimal(std::string exact_text) {
  Value v;
  v.kind = kNumber;
  v.text = std::move(exact_text);
  return v;
}
Value Value::Bool(bool b) {
  Value v;
  v.kind = kBool;
  v.flag = b;
  return v;
}
Value Value::List(std::vector<std::string> items) {
  Value v;
  v.kind = kList;
  v.list = std::move(items);
  return v;
}

std::string CsvText(std::string_view text) {
  std::string s;
  if (!text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos)
    s = "'";
  s += text;
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string quoted = "\"";
  for (char c : s) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
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
