#include "render/xlsx/budget_sheet.h"

#include <algorithm>

#include "model/budget_totals.h"
#include "model/fiscal_year.h"
#include "render/xlsx/cells.h"
#include "render/xlsx/xlsx_library.h"

namespace renkei::xlsx {

namespace {

constexpr int kHeaderRow = 2;
constexpr int kLastCol = 6;
constexpr double kWidths[] = {14, 40, 12, 18, 18, 60, 34};
const char* const kHeaders[] = {"年度", "事業名", "区分", "分類", "予算額（千円）", "説明", "出典"};

struct Writer {
  lxw_worksheet* ws;
  const Styles& st;
  const Library& lib;
  int row = kHeaderRow + 1;

  void Amount(const BudgetLine& b) {
    if (b.amount.yen) {
      const int64_t yen = *b.amount.yen;
      Xlsx().worksheet_write_number(ws, row, 4, static_cast<double>(yen) / 1000.0,
                                    yen % 1000 == 0 ? st.thousand_yen : st.thousand_yen_frac);
    } else {
      WriteText(ws, row, 4, FormatAmount(b.amount), st.amount_text);  // 〜の内数
    }
  }

  // A line, then its parts below it, indented one level deeper.
  void Line(int index, int depth) {
    if (depth > 16) return;  // part_of cycles are load errors; never recurse forever
    const BudgetLine& b = lib.budgets[index];
    const std::string texts[] = {
        FormatEraFiscalYear(b.fiscal_year), b.title, b.kind, b.category, "", b.note, b.source};
    int lines = 1;
    for (int c = 0; c <= kLastCol; ++c) {
      if (c == 4) continue;
      lxw_format* f = c == 1 ? st.text[std::min(depth, kMaxIndent)] : st.text[0];
      WriteText(ws, row, c, texts[c], f);
      lines = std::max(lines, WrappedLines(texts[c], kWidths[c] - (c == 1 ? 2.0 * depth : 0)));
    }
    Amount(b);
    SetRowLines(ws, row, lines);
    ++row;
    for (int part : b.parts) Line(part, depth + 1);
  }

  void Total(const BudgetTotal& t) {
    WriteText(ws, row, 0, FormatEraFiscalYear(t.fiscal_year), st.total_label);
    WriteText(ws, row, 1, "合計（" + t.kind + "）", st.total_label);
    WriteText(ws, row, 2, t.kind, st.total_label);
    WriteText(ws, row, 3, "", st.total_label);
    std::string note = "合計した行 " + std::to_string(t.lines) +
                       "、合計に入れない行（内訳・内数） " + std::to_string(t.excluded_lines);
    if (t.lines > 0) {
      Xlsx().worksheet_write_number(ws, row, 4, static_cast<double>(t.yen) / 1000.0,
                                    t.yen % 1000 == 0 ? st.total_amount : st.total_amount_frac);
    } else {  // only parts and 内数: there is no amount to add up, which is not 0
      WriteText(ws, row, 4, "―", st.total_label);
      note = "金額のわかる行が無いため、合計できません（" + note + "）";
    }
    WriteText(ws, row, 5, note, st.total_label);
    WriteText(ws, row, 6, "", st.total_label);
    ++row;
  }
};

}  // namespace

std::vector<int> ReportBudgetYears(const Library& lib, int year, std::optional<int> prev) {
  const int first = prev.value_or(year);
  std::vector<int> years, all = BudgetYears(lib);
  for (int y : all)
    if (y >= first && y <= year) years.push_back(y);
  if (years.empty())
    for (int y : all)
      if (y < first) years = {y};  // ascending: ends at the latest one before
  return years;
}

void WriteBudgetSheet(lxw_workbook* wb, const Styles& st, const Library& lib,
                      const std::vector<int>& years) {
  lxw_worksheet* ws = Xlsx().workbook_add_worksheet(wb, "予算");
  for (int c = 0; c <= kLastCol; ++c) Xlsx().worksheet_set_column(ws, c, c, kWidths[c], nullptr);
  std::string title = "在宅医療・介護連携に関する予算";
  if (!years.empty()) {
    title += "（" + FormatEraFiscalYear(years.front());
    if (years.size() > 1) title += "〜" + FormatEraFiscalYear(years.back());
    title += "）";
  }
  WriteText(ws, 0, 0, title, st.title);
  for (int c = 0; c <= kLastCol; ++c) WriteText(ws, kHeaderRow, c, kHeaders[c], st.header);

  Writer w{ws, st, lib};
  const std::vector<BudgetTotal> totals = BudgetTotals(lib);
  for (int year : years) {
    for (size_t i = 0; i < lib.budgets.size(); ++i) {
      const BudgetLine& b = lib.budgets[i];
      if (b.fiscal_year == year && b.parent < 0) w.Line(static_cast<int>(i), 0);
    }
    for (const BudgetTotal& t : totals)
      if (t.fiscal_year == year) w.Total(t);
  }
  if (years.empty()) WriteText(ws, w.row++, 0, "予算の記録はありません。", st.plain);

  ++w.row;
  const std::string notes[] = {
      "※金額は千円単位。字下げした行は、すぐ上の行の内訳です（合計には二重に足しません）。",
      "※「〜の内数」は、より大きな予算の中から出るお金で、この事業だけの金額はわからないため、合計"
      "には足しません。",
      "※合計は年度・区分（要求額、要望額など）ごとです。区分の違う金額は足しません。",
      "※この表は集計の年度の予算です（その年度の記録が無いときは、それより前で最も新しい年度）。"
      "すべての年度の予算は、オープンデータ（data/budgets.csv）にあります。"};
  for (const std::string& note : notes) WriteText(ws, w.row++, 0, note, st.plain);

  Xlsx().worksheet_freeze_panes(ws, kHeaderRow + 1, 0);
  SetUpPrinting(ws, title, kHeaderRow, kHeaderRow);
}

}  // namespace renkei::xlsx
