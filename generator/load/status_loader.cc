// content/status/*.csv: the status of each indicator in each municipality and
// fiscal year, in the long format (fiscal_year,municipality_code,indicator,
// status[,note]) or the wide format prefectures collect from survey sheets
// (fiscal_year,municipality_code,<indicator id>...).
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "load/csv_file.h"
#include "model/fiscal_year.h"
#include "model/municipality_code.h"
#include "util/parallel.h"
#include "util/text.h"

namespace renkei {

namespace {

/// The municipalities and indicators by code and id, shared (read only) by the
/// threads that parse the files.
struct Lookups {
  explicit Lookups(const Library& lib) {
    for (size_t i = 0; i < lib.municipalities.size(); ++i)
      muni_by_code.emplace(lib.municipalities[i].code, static_cast<int>(i));
    for (size_t i = 0; i < lib.indicators.size(); ++i)
      indicator_by_id.emplace(lib.indicators[i].id, static_cast<int>(i));
  }
  std::unordered_map<std::string, int> muni_by_code, indicator_by_id;
};

/// The records of one status file and what was wrong with it. Files are parsed
/// on every core; duplicates across files are found when they are merged in
/// file order (MergeStatuses).
struct FileStatuses {
  Diagnostics diags;
  std::vector<StatusRecord> records;
  std::vector<std::string> notes;  // StatusRecord::note numbers these until the merge
};

class StatusFileLoader {
 public:
  /// `file`: the file's number in Library::status_files.
  StatusFileLoader(LoadContext& ctx, const Lookups& lookups, int file, FileStatuses* out)
      : ctx_(ctx), lookups_(lookups), file_(file), records_(out->records), notes_(out->notes) {}

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
    auto it = lookups_.muni_by_code.find(*code.value);
    if (it == lookups_.muni_by_code.end()) {
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
    auto it = lookups_.indicator_by_id.find(id);
    if (it == lookups_.indicator_by_id.end()) {
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
    int note_number = -1;
    if (!note.empty()) {
      note_number = static_cast<int>(notes_.size());
      notes_.push_back(std::move(note));
    }
    records_.push_back(
        {key.year, key.municipality, indicator, *status, note_number, file_, at.line, at.column});
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
  const Lookups& lookups_;
  const int file_;
  std::vector<StatusRecord>& records_;
  std::vector<std::string>& notes_;
};

/// Appends the records of each file, in file order, to lib.statuses; a record
/// whose year, municipality and indicator already have one is reported instead.
void MergeStatuses(LoadContext& ctx, std::vector<FileStatuses>& files) {
  // Record key -> index of its record in lib.statuses (not a copy of its
  // Location: a national load has 350,000 records).
  std::unordered_map<uint64_t, size_t> first_seen;
  size_t total = 0;
  for (const FileStatuses& f : files) total += f.records.size();
  ctx.lib.statuses.reserve(total);
  first_seen.reserve(total);
  for (FileStatuses& f : files) {
    for (const Diagnostic& d : f.diags.all()) ctx.diags.Add(d);
    const int first_note = static_cast<int>(ctx.lib.status_notes.size());
    for (std::string& note : f.notes) ctx.lib.status_notes.push_back(std::move(note));
    for (StatusRecord& r : f.records) {
      if (r.note >= 0) r.note += first_note;
      const uint64_t key = (static_cast<uint64_t>(r.fiscal_year) << 48) |
                           (static_cast<uint64_t>(r.municipality) << 24) |
                           static_cast<uint64_t>(r.indicator);
      auto [it, inserted] = first_seen.emplace(key, ctx.lib.statuses.size());
      if (inserted) {
        ctx.lib.statuses.push_back(r);
        continue;
      }
      const StatusRecord& first = ctx.lib.statuses[it->second];
      const std::string where = first.file == r.file ? "line " + std::to_string(first.line)
                                                     : ctx.lib.status_files[first.file] + ":" +
                                                           std::to_string(first.line);
      ctx.diags.Error(ctx.lib.WhereOf(r),
                      "fiscal year " + std::to_string(r.fiscal_year) + ", municipality " +
                          ctx.lib.municipalities[r.municipality].code + ", indicator \"" +
                          ctx.lib.indicators[r.indicator].id + "\" already has a status on " +
                          where);
    }
    f.records = {};  // freed as the merge goes
    f.notes = {};
  }
}

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
  // A national site has 470 files of 313,380 rows: parsed on every core, each
  // into its own records and diagnostics, so the result is a one-thread load's.
  const Lookups lookups(ctx.lib);
  for (const std::string& file : files) ctx.lib.status_files.push_back(ctx.DisplayPath(file));
  std::vector<FileStatuses> parsed(files.size());
  ParallelFor(files.size(), 0, [&](size_t i) {
    LoadContext own{ctx.content_dir, parsed[i].diags, ctx.lib, nullptr, ctx.scanned};
    try {
      StatusFileLoader(own, lookups, static_cast<int>(i), &parsed[i]).LoadFile(files[i]);
    } catch (const std::exception& e) {
      parsed[i].diags.Error({ctx.DisplayPath(files[i]), 0, 0},
                            std::string("internal error while loading: ") + e.what());
    }
  });
  MergeStatuses(ctx, parsed);
}

}  // namespace renkei
