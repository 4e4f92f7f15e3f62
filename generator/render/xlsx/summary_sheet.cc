#include "render/xlsx/summary_sheet.h"

#include <algorithm>

#include "model/fiscal_year.h"
#include "render/xlsx/cells.h"
#include "render/xlsx/xlsx_library.h"

namespace renkei::xlsx {

namespace {

constexpr int kHeaderRow = 4;  // three header rows: 4, 5, 6
constexpr int kFirstDataRow = 7;
constexpr double kItemWidth = 30, kLabelWidth = 62, kCountWidth = 12, kPercentWidth = 10;

std::string Footnote(std::string_view text) {
  return text.starts_with("※") ? std::string(text) : "※" + std::string(text);
}

// Footnotes under the table, in the order Tokyo's table gives them.
std::vector<std::string> Footnotes(const ReportInfo& info, bool has_blanks) {
  const ReportSettings& report = info.lib.site.report;
  std::vector<std::string> notes;
  const bool notes_say_rounding =
      std::any_of(report.notes.begin(), report.notes.end(),
                  [](const std::string& n) { return n.find("四捨五入") != std::string::npos; });
  if (!notes_say_rounding)
    notes.push_back(
        "※%については、小数点第二位で四捨五入。端数処理のため、増減の%が合わない場合があります。");
  for (const auto& [reason, n] : ExclusionReasons(info.lib, info.cmp.prefecture))
    notes.push_back("※" + reason + "は除く（" + std::to_string(n) + "団体）。");
  if (has_blanks) notes.push_back("※空欄は、その年度に調査していない項目です。");
  if (!report.as_of.empty()) notes.push_back(Footnote(report.as_of + "の集計。"));
  for (const std::string& n : report.notes) notes.push_back(Footnote(n));
  return notes;
}

void WriteHeader(lxw_worksheet* ws, const Styles& st, const ReportInfo& info, int last_col) {
  const Comparison& cmp = info.cmp;
  const int h = kHeaderRow;
  MergeText(ws, h, 0, h + 2, 0, "項目", st.header);
  MergeText(ws, h, 1, h + 2, 1, "内容", st.header);
  MergeText(ws, h, 2, h, last_col, "集計状況(n=" + std::to_string(cmp.denominator) + ")",
            st.header);
  MergeText(ws, h + 1, 2, h + 1, 3, FormatEraFiscalYear(cmp.year), st.header);
  WriteText(ws, h + 2, 2, info.municipality + "数", st.header);
  WriteText(ws, h + 2, 3, "全体の%", st.header);
  if (!cmp.prev_year) return;
  MergeText(ws, h + 1, 4, h + 1, 5, FormatEraFiscalYear(*cmp.prev_year), st.header);
  WriteText(ws, h + 2, 4, info.municipality + "数", st.header);
  WriteText(ws, h + 2, 5, "全体の%", st.header);
  WriteText(ws, h + 1, 6, "増(△)減", st.header);
  WriteText(ws, h + 2, 6, "%", st.header);
}

// Count and share cells of one year; blank when the year was not surveyed.
void WriteYear(lxw_worksheet* ws, const Styles& st, int row, int col,
               const std::optional<Share>& share, const std::string& count_text) {
  if (!share || count_text.empty()) {
    Xlsx().worksheet_write_blank(ws, row, col, st.blank);
    Xlsx().worksheet_write_blank(ws, row, col + 1, st.blank);
    return;
  }
  Xlsx().worksheet_write_number(ws, row, col, static_cast<double>(share->count), st.count);
  if (share->total > 0)
    Xlsx().worksheet_write_number(ws, row, col + 1, SpreadsheetShareValue(*share), st.percent);
  else
    Xlsx().worksheet_write_blank(ws, row, col + 1, st.blank);
}

}  // namespace

void WriteSummarySheet(lxw_workbook* wb, const Styles& st, const ReportInfo& info) {
  lxw_worksheet* ws = Xlsx().workbook_add_worksheet(wb, "集計");
  const Comparison& cmp = info.cmp;
  const int last_col = cmp.prev_year ? 6 : 3;
  const double widths[] = {kItemWidth,  kLabelWidth,   kCountWidth, kPercentWidth,
                           kCountWidth, kPercentWidth, kCountWidth};
  for (int c = 0; c <= last_col; ++c) Xlsx().worksheet_set_column(ws, c, c, widths[c], nullptr);

  MergeText(ws, 0, 0, 0, last_col, info.title, st.title);
  WriteText(ws, 1, 0, info.prefecture, st.subtitle);
  const ReportSettings& report = info.lib.site.report;
  std::string source = report.source;
  if (!report.as_of.empty()) source += (source.empty() ? "" : "　") + report.as_of;
  if (!source.empty()) MergeText(ws, 2, 0, 2, last_col, source, st.right);
  WriteHeader(ws, st, info, last_col);

  int row = kFirstDataRow;
  bool has_blanks = false;
  for (size_t i = 0; i < cmp.rows.size();) {
    // The rows of one item, merged down in the item column.
    size_t end = i;
    while (end < cmp.rows.size() && cmp.rows[end].item == cmp.rows[i].item) ++end;
    const int first = row;
    int lines = 0, last_lines = 1;
    for (size_t k = i; k < end; ++k, ++row) {
      const ComparisonRow& r = cmp.rows[k];
      const std::string& label = info.lib.indicators[r.indicator].label;
      const int depth = std::min(r.depth, kMaxIndent);
      WriteText(ws, row, 1, label, r.heading_only ? st.heading_text[depth] : st.text[depth]);
      const int row_lines = WrappedLines(label, kLabelWidth - 2.0 * depth);
      SetRowLines(ws, row, row_lines);
      lines += row_lines;
      last_lines = row_lines;
      if (r.heading_only) {
        for (int c = 2; c <= last_col; ++c) Xlsx().worksheet_write_blank(ws, row, c, st.blank);
        continue;
      }
      WriteYear(ws, st, row, 2, r.now, r.text.now_count);
      has_blanks |= r.text.now_count.empty();
      if (!cmp.prev_year) continue;
      WriteYear(ws, st, row, 4, r.prev, r.text.prev_count);
      has_blanks |= r.text.prev_count.empty();
      if (r.text.change.empty())
        Xlsx().worksheet_write_blank(ws, row, 6, st.blank);
      else
        Xlsx().worksheet_write_number(ws, row, 6, SpreadsheetChangeValue(*r.now, *r.prev),
                                      st.change);
    }
    const std::string item =
        cmp.rows[i].item >= 0 ? ItemLabel(info.lib.items[cmp.rows[i].item]) : "";
    MergeText(ws, first, 0, row - 1, 0, item, st.item);
    const int item_lines = WrappedLines(item, kItemWidth);
    if (item_lines > lines) SetRowLines(ws, row - 1, last_lines + item_lines - lines);
    i = end;
  }

  ++row;
  double note_width = 0;
  for (int c = 0; c <= last_col; ++c) note_width += widths[c];
  for (const std::string& note : Footnotes(info, has_blanks)) {
    MergeText(ws, row, 0, row, last_col, note, st.note);
    SetRowLines(ws, row, WrappedLines(note, note_width));
    ++row;
  }

  Xlsx().worksheet_freeze_panes(ws, kFirstDataRow, 0);
  SetUpPrinting(ws, info.title, kHeaderRow, kHeaderRow + 2);
}

}  // namespace renkei::xlsx
