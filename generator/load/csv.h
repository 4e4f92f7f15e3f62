// RFC 4180 CSV with positions: quoted fields, embedded commas, quotes ("")
// and newlines. Every field remembers the line and column (in characters)
// where it starts, so a loader can point at the exact cell.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.h"

namespace renkei {

struct CsvField {
  std::string text;
  int line = 0;
  int column = 0;
};

struct CsvRow {
  std::vector<CsvField> fields;
  int line = 0;
};

/// Parses decoded UTF-8 text (LF line ends). Blank lines are skipped. An
/// unterminated quote is reported at the opening quote; the rows before it
/// are kept. Returns false when an error was reported.
bool ParseCsv(std::string_view text, const std::string& display_path, Diagnostics& diags,
              std::vector<CsvRow>* rows);

/// Maps header names (trimmed, full-width normalized) to column indices.
class CsvHeader {
 public:
  explicit CsvHeader(const CsvRow& header);
  /// Index of the column, or -1.
  int Find(std::string_view name) const;
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::vector<std::string> names_;
};

}  // namespace renkei
