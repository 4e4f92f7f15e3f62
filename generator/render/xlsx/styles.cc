#include "render/xlsx/styles.h"

#include "render/xlsx/xlsx_library.h"

namespace renkei::xlsx {

namespace {

constexpr lxw_color_t kHeaderFill = 0xDDEBF7;
constexpr lxw_color_t kTotalFill = 0xF2F2F2;
constexpr lxw_color_t kGrey = 0x595959;

lxw_format* Base(lxw_workbook* wb, double size = 11) {
  lxw_format* f = Xlsx().workbook_add_format(wb);
  Xlsx().format_set_font_name(f, kFont);
  Xlsx().format_set_font_size(f, size);
  Xlsx().format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  return f;
}

lxw_format* Cell(lxw_workbook* wb) {
  lxw_format* f = Base(wb);
  Xlsx().format_set_border(f, LXW_BORDER_THIN);
  return f;
}

lxw_format* Number(lxw_workbook* wb, const char* num_format) {
  lxw_format* f = Cell(wb);
  Xlsx().format_set_num_format(f, num_format);
  return f;
}

}  // namespace

Styles::Styles(lxw_workbook* wb) {
  title = Base(wb, 14);
  Xlsx().format_set_bold(title);
  subtitle = Base(wb, 12);
  Xlsx().format_set_bold(subtitle);
  plain = Base(wb);
  right = Base(wb);
  Xlsx().format_set_align(right, LXW_ALIGN_RIGHT);
  note = Base(wb, 10);
  Xlsx().format_set_text_wrap(note);
  Xlsx().format_set_align(note, LXW_ALIGN_VERTICAL_TOP);

  header = Cell(wb);
  Xlsx().format_set_bold(header);
  Xlsx().format_set_text_wrap(header);
  Xlsx().format_set_align(header, LXW_ALIGN_CENTER);
  Xlsx().format_set_bg_color(header, kHeaderFill);

  item = Cell(wb);
  Xlsx().format_set_text_wrap(item);
  Xlsx().format_set_align(item, LXW_ALIGN_VERTICAL_TOP);

  for (int i = 0; i <= kMaxIndent; ++i) {
    text[i] = Cell(wb);
    Xlsx().format_set_text_wrap(text[i]);
    Xlsx().format_set_indent(text[i], static_cast<uint8_t>(i));
    heading_text[i] = Cell(wb);
    Xlsx().format_set_text_wrap(heading_text[i]);
    Xlsx().format_set_indent(heading_text[i], static_cast<uint8_t>(i));
    Xlsx().format_set_bold(heading_text[i]);
  }
  blank = Cell(wb);
  count = Number(wb, "#,##0");
  percent = Number(wb, "0.0%");
  change = Number(wb, "0.0%;\"△\"0.0%");
  symbol = Cell(wb);
  Xlsx().format_set_align(symbol, LXW_ALIGN_CENTER);
  excluded_text = Cell(wb);
  Xlsx().format_set_font_color(excluded_text, kGrey);
  Xlsx().format_set_bg_color(excluded_text, kTotalFill);
  excluded_symbol = Cell(wb);
  Xlsx().format_set_align(excluded_symbol, LXW_ALIGN_CENTER);
  Xlsx().format_set_font_color(excluded_symbol, kGrey);
  Xlsx().format_set_bg_color(excluded_symbol, kTotalFill);

  thousand_yen = Number(wb, "#,##0");
  thousand_yen_frac = Number(wb, "#,##0.0##");
  amount_text = Cell(wb);
  Xlsx().format_set_align(amount_text, LXW_ALIGN_RIGHT);
  total_label = Cell(wb);
  Xlsx().format_set_bold(total_label);
  Xlsx().format_set_bg_color(total_label, kTotalFill);
  total_amount = Number(wb, "#,##0");
  Xlsx().format_set_bold(total_amount);
  Xlsx().format_set_bg_color(total_amount, kTotalFill);
  total_amount_frac = Number(wb, "#,##0.0##");
  Xlsx().format_set_bold(total_amount_frac);
  Xlsx().format_set_bg_color(total_amount_frac, kTotalFill);
}

}  // namespace renkei::xlsx
