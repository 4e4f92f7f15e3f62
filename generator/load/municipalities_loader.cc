// content/municipalities.csv: code,name,kana,prefecture,exclude
#include <unordered_map>

#include "load/csv_file.h"
#include "model/municipality_code.h"
#include "model/prefecture.h"
#include "util/text.h"

namespace renkei {

void LoadMunicipalities(LoadContext& ctx) {
  const std::string rel = "municipalities.csv";
  if (!ContentExists(ctx, rel)) {
    ctx.diags.Error({ctx.DisplayPath(rel), 0, 0},
                    "municipalities.csv is missing: list the municipalities with the columns "
                    "code,name,kana,prefecture,exclude");
    return;
  }
  CsvFile csv;
  if (!ReadCsvFile(ctx, rel, {"code", "name"}, {"kana", "prefecture", "exclude"}, false, &csv))
    return;
  const int c_code = csv.header.Find("code"), c_name = csv.header.Find("name"),
            c_kana = csv.header.Find("kana"), c_pref = csv.header.Find("prefecture"),
            c_excl = csv.header.Find("exclude");
  std::unordered_map<std::string, int> seen_line;
  for (const CsvRow& row : csv.rows) {
    Municipality m;
    m.where = {csv.display_path, row.line, 1};
    ParseResult<std::string> code = ParseMunicipalityCode(csv.Cell(row, c_code));
    if (!code.ok()) {
      ctx.diags.Error(csv.At(row, c_code), "`code`: " + code.error);
      continue;
    }
    if (!code.warning.empty()) ctx.diags.Warning(csv.At(row, c_code), "`code`: " + code.warning);
    m.code = *code.value;
    m.prefecture_code = PrefectureOf(m.code);
    m.name = csv.Cell(row, c_name);
    m.kana = csv.Cell(row, c_kana);
    m.prefecture = csv.Cell(row, c_pref);
    m.exclude = csv.Cell(row, c_excl);
    if (m.name.empty()) ctx.diags.Error(csv.At(row, c_name), "`name` is empty for code " + m.code);
    if (PrefectureName(m.prefecture_code).empty()) {
      ctx.diags.Error(csv.At(row, c_code), "`code` " + m.code + " starts with " +
                                               m.code.substr(0, 2) +
                                               ", which is not a prefecture code (01 to 47)");
      continue;
    }
    if (!m.prefecture.empty() && PrefectureCodeByName(m.prefecture) != m.prefecture_code)
      ctx.diags.Error(csv.At(row, c_pref), "`prefecture` \"" + Abbreviate(m.prefecture) +
                                               "\" does not match code " + m.code +
                                               ", which belongs to " +
                                               std::string(PrefectureName(m.prefecture_code)));
    if (m.prefecture.empty()) m.prefecture = std::string(PrefectureName(m.prefecture_code));
    auto [it, inserted] = seen_line.emplace(m.code, row.line);
    if (!inserted) {
      ctx.diags.Error(csv.At(row, c_code), "municipality " + m.code +
                                               " is listed twice (also on line " +
                                               std::to_string(it->second) + ")");
      continue;
    }
    ctx.lib.municipalities.push_back(std::move(m));
  }
  if (csv.rows.empty())
    ctx.diags.Error({csv.display_path, 1, 1}, "no municipalities are listed below the header");
}

}  // namespace renkei
