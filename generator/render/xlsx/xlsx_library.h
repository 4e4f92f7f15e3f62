// libxlsxwriter, loaded when the first workbook is written instead of when
// renkei starts. Linked into the program, it and what it brings (libcrypto,
// minizip, zlib) took ~3 ms of every command's start: also of a no-change
// rebuild or a page edit, which write no workbook. The report sheets call its
// functions through Xlsx().
#pragma once

#include <xlsxwriter.h>

#include <string>

namespace renkei::xlsx {

// Every libxlsxwriter function renkei calls. A call that is not in this list
// does not link: renkei is not linked with the library.
#define RENKEI_XLSX_FUNCTIONS(X)   \
  X(workbook_new_opt)              \
  X(workbook_set_properties)       \
  X(workbook_add_worksheet)        \
  X(workbook_add_format)           \
  X(workbook_close)                \
  X(lxw_strerror)                  \
  X(worksheet_write_string)        \
  X(worksheet_write_number)        \
  X(worksheet_write_blank)         \
  X(worksheet_merge_range)         \
  X(worksheet_set_column)          \
  X(worksheet_set_row)             \
  X(worksheet_freeze_panes)        \
  X(worksheet_autofilter)          \
  X(worksheet_set_paper)           \
  X(worksheet_set_landscape)       \
  X(worksheet_set_margins)         \
  X(worksheet_set_header)          \
  X(worksheet_set_footer)          \
  X(worksheet_repeat_rows)         \
  X(worksheet_fit_to_pages)        \
  X(worksheet_center_horizontally) \
  X(format_set_font_name)          \
  X(format_set_font_size)          \
  X(format_set_font_color)         \
  X(format_set_bold)               \
  X(format_set_align)              \
  X(format_set_text_wrap)          \
  X(format_set_indent)             \
  X(format_set_bg_color)           \
  X(format_set_border)             \
  X(format_set_num_format)

/// The functions, with their declared types: Xlsx().worksheet_write_number(...).
struct XlsxFunctions {
// NOLINTNEXTLINE(bugprone-macro-parentheses): `name` is a name, not an expression.
#define RENKEI_XLSX_MEMBER(name) decltype(&::name) name = nullptr;
  RENKEI_XLSX_FUNCTIONS(RENKEI_XLSX_MEMBER)
#undef RENKEI_XLSX_MEMBER
};

/// Loads libxlsxwriter the first time (from any thread) and gives "", or why
/// it cannot be loaded, the same every time.
const std::string& LoadXlsx();

/// The loaded functions: only once LoadXlsx() gave "".
const XlsxFunctions& Xlsx();

}  // namespace renkei::xlsx
