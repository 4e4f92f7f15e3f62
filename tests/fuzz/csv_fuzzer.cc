// Any bytes as a CSV file: decoding (UTF-8, BOM, CP932, NUL) and RFC 4180 parsing.
#include <cstddef>
#include <cstdint>
#include <string>

#include "load/csv.h"
#include "load/source_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  renkei::Diagnostics diags;
  auto source = renkei::DecodeSource(std::string(reinterpret_cast<const char*>(data), size),
                                     "fuzz.csv", diags);
  if (!source) return 0;
  std::vector<renkei::CsvRow> rows;
  renkei::ParseCsv(source->text, "fuzz.csv", diags, &rows);
  if (!rows.empty()) renkei::CsvHeader header(rows[0]);
  return 0;
}
