#include "load/csv.h"

#include "util/text.h"

namespace renkei {

namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Walks the text once, tracking line and character column of each byte.
class Cursor {
 public:
  explicit Cursor(std::string_view t) : text_(t) {}
  bool done() const { return pos_ >= text_.size(); }
  char peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  void advance() {
    if (text_[pos_] == '\n') {
      ++line_;
      column_ = 1;
    } else if (!IsContinuationByte(text_[pos_])) {
      ++column_;
    }
    ++pos_;
  }
  int line() const { return line_; }
  int column() const { return column_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
};

// Reads one field starting at the cursor; false on an unterminated quote.
bool ReadField(Cursor& c, CsvField* field) {
  field->line = c.line();
  field->column = c.column();
  if (c.peek() != '"') {
    while (!c.done() && c.peek() != ',' && c.peek() != '\n') {
      field->text.push_back(c.peek());
      c.advance();
    }
    return true;
  }
  c.advance();  // opening quote
  while (!c.done()) {
    if (c.peek() == '"') {
      if (c.peek(1) == '"') {
        field->text.push_back('"');
        c.advance();
        c.advance();
        continue;
      }
      c.advance();  // closing quote; anything up to the separator is kept as Excel does
      while (!c.done() && c.peek() != ',' && c.peek() != '\n') {
        field->text.push_back(c.peek());
        c.advance();
      }
      return true;
    }
    field->text.push_back(c.peek());
    c.advance();
  }
  return false;
}

bool IsBlank(const CsvRow& row) {
  return row.fields.size() == 1 && Trim(row.fields[0].text).empty();
}

}  // namespace

bool ParseCsv(std::string_view text, const std::string& display_path, Diagnostics& diags,
              std::vector<CsvRow>* rows) {
  Cursor c(text);
  while (!c.done()) {
    CsvRow row;
    row.line = c.line();
    for (;;) {
      CsvField field;
      if (!ReadField(c, &field)) {
        diags.Error({display_path, field.line, field.column},
                    "a quoted field is not closed: add the missing \" before the end of the file");
        return false;
      }
      row.fields.push_back(std::move(field));
      if (c.done() || c.peek() == '\n') break;
      c.advance();  // the comma
    }
    if (!c.done()) c.advance();  // the line end
    if (!IsBlank(row)) rows->push_back(std::move(row));
  }
  return true;
}

CsvHeader::CsvHeader(const CsvRow& header) {
  for (const CsvField& f : header.fields) names_.push_back(NormalizeFieldText(f.text));
}

int CsvHeader::Find(std::string_view name) const {
  for (size_t i = 0; i < names_.size(); ++i)
    if (names_[i] == name) return static_cast<int>(i);
  return -1;
}

}  // namespace renkei
