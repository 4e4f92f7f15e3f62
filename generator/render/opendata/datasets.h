// The open datasets renkei publishes: their columns (Japanese names, English
// keys) and their rows, produced from the model. Figures come from the same
// comparison rows and formatting function as the website and the workbook.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "model/library.h"
#include "model/tabulation.h"
#include "render/opendata/table_writer.h"

namespace renkei::opendata {

struct Dataset {
  std::string id;  ///< File stem: data/<id>.csv and data/<id>.json.
  std::string title, description;
  std::vector<Column> columns;
  std::function<void(TableWriter&)> rows;  ///< Emits every row, in order.
};

/// municipalities, indicator_summary, status, budgets, budget_totals, models,
/// outcomes, outcome_figures — in that order.
std::vector<Dataset> AllDatasets(const Library& lib, const Tabulation& tab);

/// Tenths of a percent as an exact decimal: 849 -> "84.9", -57 -> "-5.7".
std::string TenthsDecimal(int64_t tenths);

}  // namespace renkei::opendata
