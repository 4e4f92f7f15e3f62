#include "render/xlsx/styles.h"

namespace renkei::xlsx {

namespace {

constexpr lxw_color_t kHeaderFill = 0xDDEBF7;
constexpr lxw_color_t kTotalFill = 0xF2F2F2;
constexpr lxw_color_t kGrey = 0x595959;

lxw_format* Base(lxw_workbook* wb, double size = 11) {
  lxw_format* f = workbook_add_format(wb);
  format_set_font_name(f, kFont);
  format_set_font_size(f, size);
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  return f;
}

lxw_format* Cell(lxw_workbook* wb) {
  lxw_format* f = Base(wb);
  format_set_border(f, LXW_BORDER_THIN);
  return f;
}

lxw_format* Number(lxw_workbook* wb, const char* num_format) {
  lxw_format* f = Cell(wb);
  format_set_num_format(f, num_format);
  return f;
}

}  // namespace

Styles::Styles(lxw_workbook* wb) {
  title = Base(wb, 14);
  format_set_bold(title);
  subtitle = Base(wb, 12);
  format_set_bold(subtitle);
  plain = Base(wb);
  right = Base(wb);
  format_set_align(right, LXW_ALIGN_RIGHT);
  note = Base(wb, 10);
  format_set_text_wrap(note);
  format_set_align(note, LXW_ALIGN_VERTICAL_TOP);

  header = Cell(wb);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_bg_color(header, kHeaderFill);

  item = Cell(wb);
  format_set_text_wrap(item);
  format_set_align(item, LXW_ALIGN_VERTICAL_TOP);

  for (int i = 0; i <= kMaxIndent; ++i) {
    text[i] = Cell(wb);
    format_set_text_wrap(text[i]);
    format_set_indent(text[i], static_cast<uint8_t>(i));
    heading_text[i] = Cell(wb);
    format_set_text_wrap(heading_text[i]);
    format_set_indent(heading_text[i], static_cast<uint8_t>(i));
    format_set_bold(heading_text[i]);
  }
  blank = Cell(wb);
  count = Number(wb, "#,##0");
  percent = Number(wb, "0.0%");
  change = Number(wb, "0.0%;\"△\"0.0%");
  symbol = Cell(wb);
  format_set_align(symbol, LXW_ALIGN_CENTER);
  excluded_text = Cell(wb);
  format_set_font_color(excluded_text, kGrey);
  format_set_bg_color(excluded_text, kTotalFill);
  excluded_symbol = Cell(wb);
  format_set_align(excluded_symbol, LXW_ALIGN_CENTER);
  format_set_font_color(excluded_symbol, kGrey);
  format_set_bg_color(excluded_symbol, kTotalFill);

  thousand_yen = Number(wb, "#,##0");
  thousand_yen_frac = Number(wb, "#,##0.0##");
  amount_text = Cell(wb);
  format_set_align(amount_text, LXW_ALIGN_RIGHT);
  total_label = Cell(wb);
  format_set_bold(total_label);
  format_set_bg_color(total_label, kTotalFill);
  total_amount = Number(wb, "#,##0");
  format_set_bold(total_amount);
  format_set_bg_color(total_amount, kTotalFill);
  total_amount_frac = Number(wb, "#,##0.0##");
  format_set_bold(total_amount_frac);
  format_set_bg_color(total_amount_frac, kTotalFill);
}

}  // namespace renkei::xlsx
