// content/status/*.csv: the status of each indicator in each municipality and
// fiscal year, in the long format (fiscal_year,municipality_code,indicator,
// status[,note]) or the wide format prefectures collect from survey sheets
// (fiscal_year,municipality_code,<indicator id>...).
#include <unordered_map>

#include "load/csv_file.h"
#include "model/fiscal_year.h"
#include "model/municipality_code.h"
#include "util/text.h"

namespace renkei {

namespace {

class StatusLoader {
 public:
  explicit StatusLoader(LoadContext& ctx) : ctx_(ctx) {
    for (size_t i = 0; i < ctx.lib.municipalities.size(); ++i)
      muni_by_code_.emplace(ctx.lib.municipalities[i].code, static_cast<int>(i));
    for (size_t i = 0; i < ctx.lib.indicators.size(); ++i)
      indicator_by_id_.emplace(ctx.lib.indicators[i].id, static_cast<int>(i));
  }

  void LoadFile(const std::string& rel) {
    CsvFile csv;
    if (!ReadCsvFile(ctx_, rel, {"fiscal_year", "municipality_code"},
                     {"indicator", "status", "note"}, true, &csv))
      return;
    const bool long_format = csv.header.Find("indicator") >= 0 || csv.header.Find("status") >= 0;
    if (long_format)
      LoadLong(csv);
    else
      LoadWide(csv);
  }

 private:
  struct RowKey {
    int year = 0;
    int municipality = -1;
  };

  // Parses the two key columns of a row; false (reported) when unusable.
  bool ParseKey(const CsvFile& csv, const CsvRow& row, RowKey* key) {
    const int c_year = csv.header.Find("fiscal_year"),
              c_code = csv.header.Find("municipality_code");
    ParseResult<int> fy = ParseFiscalYear(csv.Cell(row, c_year));
    bool ok = true;
    if (!fy.ok()) {
      ctx_.diags.Error(csv.At(row, c_year), "`fiscal_year`: " + fy.error);
      ok = false;
    } else {
      if (!fy.warning.empty())
        ctx_.diags.Warning(csv.At(row, c_year), "`fiscal_year`: " + fy.warning);
      key->year = *fy.value;
    }
    ParseResult<std::string> code = ParseMunicipalityCode(csv.Cell(row, c_code));
    if (!code.ok()) {
      ctx_.diags.Error(csv.At(row, c_code), "`municipality_code`: " + code.error);
      return false;
    }
    if (!code.warning.empty())
      ctx_.diags.Warning(csv.At(row, c_code), "`municipality_code`: " + code.warning);
    auto it = muni_by_code_.find(*code.value);
    if (it == muni_by_code_.end()) {
      ctx_.diags.Error(csv.At(row, c_code),
                       "`municipality_code` " + *code.value + " is not in municipalities.csv");
      return false;
    }
    key->municipality = it->second;
    return ok;
  }

  // Resolves an indicator id; only leaves take records (rollups are computed,
  // headings have no figures).
  int FindLeaf(const std::string& id, const Location& at) {
    auto it = indicator_by_id_.find(id);
    if (it == indicator_by_id_.end()) {
      ctx_.diags.Error(at, "indicator \"" + Abbreviate(id) + "\" is not in items.yaml");
      return -1;
    }
    const Indicator& ind = ctx_.lib.indicators[it->second];
    if (ind.rollup_any) {
      ctx_.diags.Error(at, "indicator \"" + id +
                               "\" is a rollup (`rollup: any`): it is computed from the indicators "
                               "below it, so it takes no records");
      return -1;
    }
    if (ind.heading_only()) {
      ctx_.diags.Error(at, "indicator \"" + id +
                               "\" is a heading without figures: give records for the indicators "
                               "below it");
      return -1;
    }
    return it->second;
  }

  void Add(const RowKey& key, int indicator, const std::string& status_text, std::string note,
           const Location& at) {
    std::optional<Status> status = ParseStatus(status_text);
    if (!status) {
      ctx_.diags.Error(at, "`status` \"" + Abbreviate(status_text) +
                               "\" is not known: write 実施, 予定, 検討中 or 未実施 (or ○ / ×)");
      return;
    }
    const uint64_t dup_key = (static_cast<uint64_t>(key.year) << 48) |
                             (static_cast<uint64_t>(key.municipality) << 24) |
                             static_cast<uint64_t>(indicator);
    auto [it, inserted] = first_seen_.emplace(dup_key, ctx_.lib.statuses.size());
    if (!inserted) {
      const Location& first = ctx_.lib.statuses[it->second].where;
      const std::string where = first.path == at.path
                                    ? "line " + std::to_string(first.line)
                                    : first.path + ":" + std::to_string(first.line);
      ctx_.diags.Error(at, "fiscal year " + std::to_string(key.year) + ", municipality " +
                               ctx_.lib.municipalities[key.municipality].code + ", indicator \"" +
                               ctx_.lib.indicators[indicator].id + "\" already has a status on " +
                               where);
      return;
    }
    ctx_.lib.statuses.push_back(
        {key.year, key.municipality, indicator, *status, std::move(note), at});
  }

  void LoadLong(const CsvFile& csv) {
    const int c_ind = csv.header.Find("indicator"), c_status = csv.header.Find("status"),
              c_note = csv.header.Find("note");
    if (c_ind < 0 || c_status < 0) {
      ctx_.diags.Error({csv.display_path, 1, 1},
                       "the long format needs both `indicator` and `status` columns");
      return;
    }
    for (const CsvRow& row : csv.rows) {
      RowKey key;
      const bool key_ok = ParseKey(csv, row, &key);
      const int indicator = FindLeaf(NormalizeFieldText(csv.Cell(row, c_ind)), csv.At(row, c_ind));
      if (!key_ok || indicator < 0) continue;
      Add(key, indicator, csv.Cell(row, c_status), csv.Cell(row, c_note), csv.At(row, c_status));
    }
  }

  void LoadWide(const CsvFile& csv) {
    const int c_year = csv.header.Find("fiscal_year"),
              c_code = csv.header.Find("municipality_code");
    std::vector<std::pair<int, int>> columns;  // (csv column, indicator)
    const auto& names = csv.header.names();
    for (size_t c = 0; c < names.size(); ++c) {
      if (static_cast<int>(c) == c_year || static_cast<int>(c) == c_code) continue;
      const int indicator = FindLeaf(names[c], csv.At(csv.header_row, static_cast<int>(c)));
      if (indicator >= 0) columns.emplace_back(static_cast<int>(c), indicator);
    }
    for (const CsvRow& row : csv.rows) {
      RowKey key;
      if (!ParseKey(csv, row, &key)) continue;
      for (auto [col, indicator] : columns) {
        const std::string cell = csv.Cell(row, col);
        if (cell.empty()) continue;  // not surveyed for this municipality
        Add(key, indicator, cell, "", csv.At(row, col));
      }
    }
  }

  LoadContext& ctx_;
  std::unordered_map<std::string, int> muni_by_code_, indicator_by_id_;
  /// Record key -> index of its record in lib.statuses (not a copy of its Location:
  /// a national load has 350,000 records).
  std::unordered_map<uint64_t, size_t> first_seen_;
};

}  // namespace

void LoadStatuses(LoadContext& ctx) {
  // Without items or municipalities every record would be reported as
  // unknown; the error about the missing file already says what to fix.
  if (ctx.lib.indicators.empty() || ctx.lib.municipalities.empty()) return;
  const std::vector<std::string> files = ListContentFiles(ctx, "status", ".csv", false);
  if (files.empty()) {
    ctx.diags.Error({ctx.DisplayPath("status"), 0, 0},
                    "no status records: put CSV files in status/ (fiscal_year,municipality_code,"
                    "indicator,status)");
    return;
  }
  StatusLoader loader(ctx);
  for (const std::string& rel : files) loader.LoadFile(rel);
}

}  // namespace renkei
