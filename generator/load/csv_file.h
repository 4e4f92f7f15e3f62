// A CSV file with a header row, read and checked in one go: decoding, RFC
// 4180 parsing, required and unknown columns, and field counts per row.
#pragma once

#include <string>
#include <vector>

#include "load/csv.h"
#include "load/loaders.h"

namespace renkei {

struct CsvFile {
  std::string display_path;
  CsvHeader header{CsvRow{}};
  CsvRow header_row;
  std::vector<CsvRow> rows;  ///< Data rows with the right number of fields.

  /// The trimmed text of column `col` in `row`, or "" when col < 0.
  std::string Cell(const CsvRow& row, int col) const;
  Location At(const CsvRow& row, int col) const;
};

/// Reads content/<relative>. Reports missing `required` columns; columns not in
/// `required` or `optional` are warnings unless `allow_extra` (the wide status
/// format has one column per indicator). Rows with the wrong number of fields
/// are reported and dropped. Returns false when the file cannot be used at all.
bool ReadCsvFile(LoadContext& ctx, const std::string& relative,
                 const std::vector<std::string>& required, const std::vector<std::string>& optional,
                 bool allow_extra, CsvFile* out);

}  // namespace renkei
