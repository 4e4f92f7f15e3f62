// Budget totals under the 内数 rules: a line that is part of another listed
// line (part_of) or part of an unlisted appropriation (〜の内数) is never
// added again; only top-level lines with a known amount are summed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/library.h"

namespace renkei {

struct BudgetTotal {
  int fiscal_year = 0;
  std::string kind;
  int64_t yen = 0;
  int lines = 0;           ///< Lines added into the total.
  int excluded_lines = 0;  ///< Parts and 内数 lines of the same year and kind left out.
};

/// True when the line's amount is added into totals.
bool CountsInTotal(const BudgetLine& line);

/// One total per (fiscal year, kind), ordered by year then by first appearance of the kind.
std::vector<BudgetTotal> BudgetTotals(const Library& lib);

/// Fiscal years that have budget lines, ascending.
std::vector<int> BudgetYears(const Library& lib);

}  // namespace renkei
