#include "model/budget_totals.h"

#include <algorithm>
#include <set>

namespace renkei {

bool CountsInTotal(const BudgetLine& line) {
  return line.part_of.empty() && !line.amount.is_uchisu() && line.amount.yen.has_value();
}

std::vector<int> BudgetYears(const Library& lib) {
  std::set<int> years;
  for (const BudgetLine& b : lib.budgets) years.insert(b.fiscal_year);
  return {years.begin(), years.end()};
}

std::vector<BudgetTotal> BudgetTotals(const Library& lib) {
  std::vector<BudgetTotal> totals;
  for (int year : BudgetYears(lib)) {
    const size_t first = totals.size();
    for (const BudgetLine& b : lib.budgets) {
      if (b.fiscal_year != year) continue;
      auto it = std::find_if(totals.begin() + first, totals.end(),
                             [&](const BudgetTotal& t) { return t.kind == b.kind; });
      if (it == totals.end()) {
        totals.push_back({year, b.kind, 0, 0, 0});
        it = totals.end() - 1;
      }
      if (CountsInTotal(b)) {
        it->yen += *b.amount.yen;
        ++it->lines;
      } else {
        ++it->excluded_lines;
      }
    }
  }
  return totals;
}

}  // namespace renkei
