// Budgets, models and outcomes share one file shape: YAML files in a folder,
// each a list of records with an `id`. This walks them and checks ids.
#pragma once

#include <functional>
#include <set>
#include <string>

#include "load/loaders.h"

namespace renkei {

/// Calls `load(reader, record, key_path)` for every mapping in every
/// content/<folder>/*.yaml list, with key paths like "budgets[3]". Reports
/// files that are not lists, entries that are not mappings, and ids used twice
/// (ids are unique across the folder).
void ForEachRecord(
    LoadContext& ctx, const std::string& folder,
    const std::function<void(YamlReader&, const YAML::Node&, const std::string&)>& load);

/// True when `id` is non-empty and uses only a-z, 0-9, - and _; otherwise reports it.
bool CheckRecordId(YamlReader& r, const YAML::Node& record, const std::string& id,
                   const std::string& key_path);

}  // namespace renkei

namespace renkei {

/// The fiscal year at `record.fiscal_year` (required); 0 when absent or invalid
/// (reported), with a warning for years named past an era's end.
int RecordFiscalYear(YamlReader& r, const YAML::Node& record, const std::string& key_path);

}  // namespace renkei
