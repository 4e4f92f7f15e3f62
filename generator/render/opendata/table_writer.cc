#include "render/opendata/table_writer.h"

namespace renkei::opendata {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string JoinLines(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "\n" : "") + items[i];
  return out;
}

// The cell appenders below write into the row's buffer instead of returning a
// string per cell: the national status table has 4.5 million cells.

void AppendCsvField(std::string& out, const Value& v) {
  switch (v.kind) {
    case Value::kNull:
      return;
    case Value::kNumber:
      out += v.text;
      return;
    case Value::kBool:
      out += v.flag ? "true" : "false";
      return;
    case Value::kString:
      // Most cells need neither the injection guard nor quotes: append them as they are.
      if (!v.text.empty() &&
          std::string_view("=+-@\t\r").find(v.text[0]) == std::string_view::npos &&
          v.text.find_first_of(",\"\r\n") == std::string::npos)
        out += v.text;
      else
        out += CsvText(v.text);
      return;
    case Value::kList:
      out += CsvText(JoinLines(v.list));
      return;
  }
}

void AppendJsonString(std::string& out, std::string_view text) {
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else if (c == 0xE2 && i + 2 < text.size() && text[i + 1] == '\x80' &&
                   (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
          out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";  // line/paragraph separators
          i += 2;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

void AppendJsonValue(std::string& out, const Value& v) {
  switch (v.kind) {
    case Value::kNull:
      out += "null";
      return;
    case Value::kNumber:
      out += v.text;
      return;
    case Value::kBool:
      out += v.flag ? "true" : "false";
      return;
    case Value::kString:
      AppendJsonString(out, v.text);
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
Value Value::Int(int64_t n) { return Decimal(std::to_string(n)); }
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

void TableWriter::Row(const std::vector<Value>& values) {
  static const Value kNull;
  line_.clear();
  record_.assign(rows_ ? ",\n    {" : "\n    {");
  for (size_t i = 0; i < columns_.size(); ++i) {
    const Value& v = i < values.size() ? values[i] : kNull;
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
