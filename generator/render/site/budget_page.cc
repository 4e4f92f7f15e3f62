// Budgets by fiscal year: parts nested under their parent, 内数 shown as such,
// and totals under the 内数 rules (model/budget_totals.h).
#include "model/amount.h"
#include "model/budget_totals.h"
#include "model/fiscal_year.h"
#include "render/site/site_build.h"

namespace renkei {

namespace {

void AddLine(const Library& lib, int index, int depth, data& rows) {
  const BudgetLine& line = lib.budgets[index];
  data row = Obj();
  row.set("id", line.id);
  row.set("title", line.title);
  row.set("depth", std::to_string(depth));
  row.set("is_part", Bool(depth > 0));
  row.set("kind", line.kind);
  row.set("amount", FormatAmount(line.amount));
  row.set("is_uchisu", Bool(line.amount.is_uchisu()));
  if (line.amount.yen) row.set("exact", FormatThousandYen(*line.amount.yen));
  row.set("counted", Bool(CountsInTotal(line)));
  if (!line.note.empty()) row.set("note", line.note);
  if (!line.source.empty()) row.set("source", line.source);
  rows.push_back(row);
  for (int part : line.parts) AddLine(lib, part, depth + 1, rows);
}

}  // namespace

void AddBudgetPage(SiteBuild& b) {
  if (b.lib.budgets.empty()) return;
  const SiteBuild* build = &b;
  SitePage sp =
      NewPage("budgets/", "予算", "在宅医療・介護の推進に関する予算を、年度ごとに示します。",
              "budgets", "budgets/");
  sp.view = [build](const PageEnv&) {
    const Library& lib = build->lib;
    const std::vector<BudgetTotal> totals = BudgetTotals(lib);
    data v = Obj();
    data years = List();
    for (int fy : BudgetYears(lib)) {
      data y = Obj();
      y.set("year", FormatFiscalYearBoth(fy));
      y.set("id", "fy" + std::to_string(fy));
      data rows = List();
      for (size_t i = 0; i < lib.budgets.size(); ++i)
        if (lib.budgets[i].fiscal_year == fy && lib.budgets[i].parent < 0)
          AddLine(lib, static_cast<int>(i), 0, rows);
      y.set("lines", rows);
      data sums = List();
      bool excluded = false;
      for (const BudgetTotal& t : totals) {
        if (t.fiscal_year != fy) continue;
        data s = Obj();
        s.set("kind", t.kind);
        s.set("amount", FormatYen(t.yen));
        s.set("exact", FormatThousandYen(t.yen));
        s.set("lines", std::to_string(t.lines));
        s.set("excluded_lines", std::to_string(t.excluded_lines));
        s.set("has_excluded", Bool(t.excluded_lines > 0));
        excluded = excluded || t.excluded_lines > 0;
        sums.push_back(s);
      }
      y.set("totals", sums);
      y.set("has_excluded", Bool(excluded));
      years.push_back(y);
    }
    v.set("years", years);
    return v;
  };
  sp.content_key = b.data_key;
  b.pages.push_back(std::move(sp));
}

}  // namespace renkei
