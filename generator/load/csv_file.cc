#include "load/csv_file.h"

#include <algorithm>

#include "load/source_file.h"
#include "util/text.h"

namespace renkei {

namespace {
std::string JoinNames(const std::vector<std::string>& names, const char* sep) {
  std::string s;
  for (const std::string& n : names) s += (s.empty() ? "" : sep) + n;
  return s;
}
}  // namespace

std::string CsvFile::Cell(const CsvRow& row, int col) const {
  if (col < 0 || col >= static_cast<int>(row.fields.size())) return "";
  return Trim(row.fields[col].text);
}

Location CsvFile::At(const CsvRow& row, int col) const {
  if (col < 0 || col >= static_cast<int>(row.fields.size())) return {display_path, row.line, 1};
  return {display_path, row.fields[col].line, row.fields[col].column};
}

bool ReadCsvFile(LoadContext& ctx, const std::string& relative,
                 const std::vector<std::string>& required, const std::vector<std::string>& optional,
                 bool allow_extra, CsvFile* out) {
  out->display_path = ctx.DisplayPath(relative);
  auto source = ctx.Read(relative, out->display_path);
  if (!source) return false;
  std::vector<CsvRow> rows;
  ParseCsv(source->text, out->display_path, ctx.diags, &rows);
  if (rows.empty()) {
    ctx.diags.Error({out->display_path, 1, 1},
                    "the file is empty: the first line must name the columns (" +
                        JoinNames(required, ",") + ")");
    return false;
  }
  out->header = CsvHeader(rows[0]);
  out->header_row = rows[0];
  bool usable = true;
  for (const std::string& name : required) {
    if (out->header.Find(name) < 0) {
      ctx.diags.Error({out->display_path, rows[0].line, 1},
                      "the header has no `" + name +
                          "` column (required columns: " + JoinNames(required, ", ") + ")");
      usable = false;
    }
  }
  const auto& names = out->header.names();
  for (size_t i = 0; i < names.size() && !allow_extra; ++i) {
    const bool known = std::find(required.begin(), required.end(), names[i]) != required.end() ||
                       std::find(optional.begin(), optional.end(), names[i]) != optional.end();
    if (!known)
      ctx.diags.Warning(out->At(rows[0], static_cast<int>(i)),
                        "unknown column `" + Abbreviate(names[i]) + "` is ignored");
  }
  for (size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].fields.size() != names.size()) {
      ctx.diags.Error({out->display_path, rows[r].line, 1},
                      "this row has " + std::to_string(rows[r].fields.size()) +
                          " fields but the header has " + std::to_string(names.size()) +
                          " (a comma inside a value needs \"quotes\")");
      continue;
    }
    out->rows.push_back(std::move(rows[r]));
  }
  return usable;
}

}  // namespace renkei
