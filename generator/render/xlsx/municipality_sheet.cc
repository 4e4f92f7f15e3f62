#include "render/xlsx/municipality_sheet.h"

#include <algorithm>

#include "model/fiscal_year.h"
#include "render/xlsx/cells.h"
#include "render/xlsx/xlsx_library.h"

namespace renkei::xlsx {

namespace {

constexpr int kHeaderRow = 3;  // indicator labels; years in the row below
constexpr int kFirstDataRow = 5;
constexpr int kFirstIndicatorCol = 3;
constexpr double kCodeWidth = 10, kNameWidth = 14, kCountedWidth = 14;

std::string Legend() {
  std::string legend = "凡例：";
  for (Status s : {Status::kDone, Status::kPlanned, Status::kConsidering, Status::kNotDone})
    legend += std::string(StatusSymbol(s)) + " " + std::string(StatusLabel(s)) + "　";
  return legend + "空欄 記録なし（その年度に調査していない指標）";
}

}  // namespace

std::string IndicatorColumnLabel(const Library& lib, int indicator) {
  const Indicator& ind = lib.indicators[indicator];
  std::string label = ind.label;
  for (int p = ind.parent; p >= 0; p = lib.indicators[p].parent)
    if (lib.indicators[p].heading_only()) label = lib.indicators[p].label + "：" + label;
  return ind.item >= 0 ? "(" + lib.items[ind.item].marker + ") " + label : label;
}

void WriteMunicipalitySheet(lxw_workbook* wb, const Styles& st, const ReportInfo& info) {
  const Library& lib = info.lib;
  lxw_worksheet* ws = Xlsx().workbook_add_worksheet(wb, "区市町村別");
  std::vector<int> columns;  // indicators with figures (heading-only rows have none)
  for (size_t i = 0; i < lib.indicators.size(); ++i)
    if (!lib.indicators[i].heading_only()) columns.push_back(static_cast<int>(i));
  const int years = static_cast<int>(info.years.size());
  const double year_width = years > 1 ? 6.5 : 10;
  const int last_col = kFirstIndicatorCol + static_cast<int>(columns.size()) * years - 1;

  Xlsx().worksheet_set_column(ws, 0, 0, kCodeWidth, nullptr);
  Xlsx().worksheet_set_column(ws, 1, 1, kNameWidth, nullptr);
  Xlsx().worksheet_set_column(ws, 2, 2, kCountedWidth, nullptr);
  if (last_col >= kFirstIndicatorCol)
    Xlsx().worksheet_set_column(ws, kFirstIndicatorCol, last_col, year_width, nullptr);

  std::string years_text = FormatEraFiscalYear(info.years[0]);
  if (years > 1) years_text += "・" + FormatEraFiscalYear(info.years[1]);
  const std::string title =
      info.prefecture + " " + info.municipality + "別の取組状況（" + years_text + "）";
  WriteText(ws, 0, 0, title, st.title);
  WriteText(ws, 1, 0, Legend(), st.plain);

  const int h = kHeaderRow;
  MergeText(ws, h, 0, h + 1, 0, "団体コード", st.header);
  MergeText(ws, h, 1, h + 1, 1, info.municipality + "名", st.header);
  MergeText(ws, h, 2, h + 1, 2, "集計", st.header);
  int header_lines = 2;
  for (size_t j = 0; j < columns.size(); ++j) {
    const int col = kFirstIndicatorCol + static_cast<int>(j) * years;
    const std::string label = IndicatorColumnLabel(lib, columns[j]);
    MergeText(ws, h, col, h, col + years - 1, label, st.header);
    header_lines = std::max(header_lines, WrappedLines(label, year_width * years));
    for (int y = 0; y < years; ++y)
      WriteText(ws, h + 1, col + y, FormatEraYearOnly(info.years[y]), st.header);
  }
  SetRowLines(ws, h, header_lines);

  // Counted municipalities first, then the excluded ones with their reason.
  std::vector<int> order;
  for (int pass = 0; pass < 2; ++pass)
    for (size_t m = 0; m < lib.municipalities.size(); ++m) {
      const Municipality& muni = lib.municipalities[m];
      if (muni.prefecture_code == info.cmp.prefecture && muni.counted() == (pass == 0))
        order.push_back(static_cast<int>(m));
    }
  int row = kFirstDataRow;
  for (int m : order) {
    const Municipality& muni = lib.municipalities[m];
    lxw_format* text = muni.counted() ? st.text[0] : st.excluded_text;
    lxw_format* symbol = muni.counted() ? st.symbol : st.excluded_symbol;
    WriteText(ws, row, 0, muni.code, text);
    WriteText(ws, row, 1, muni.name, text);
    WriteText(ws, row, 2, muni.counted() ? "対象" : "除外（" + muni.exclude + "）", text);
    for (size_t j = 0; j < columns.size(); ++j)
      for (int y = 0; y < years; ++y) {
        const int col = kFirstIndicatorCol + static_cast<int>(j) * years + y;
        const std::optional<Status> s = info.tab.StatusOf(m, info.years[y], columns[j]);
        if (s)
          WriteText(ws, row, col, StatusSymbol(*s), symbol);
        else
          Xlsx().worksheet_write_blank(ws, row, col, symbol);
      }
    ++row;
  }
  const int last_row = std::max(row - 1, kFirstDataRow);

  ++row;
  const char* notes[] = {"※集計が「除外」の団体は、集計シートの数（分母・分子とも）に含みません。",
                         "※「いずれかを実施」の列は、その下の指標のうち最も進んだ状況を示します。"};
  for (const char* note : notes) WriteText(ws, row++, 0, note, st.plain);

  Xlsx().worksheet_autofilter(ws, h + 1, 0, last_row, last_col);
  Xlsx().worksheet_freeze_panes(ws, kFirstDataRow, kFirstIndicatorCol);
  SetUpPrinting(ws, title, h, h + 1);
}

}  // namespace renkei::xlsx
