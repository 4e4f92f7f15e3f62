// Small helpers every report sheet uses: text that is always a string (never a
// formula), merged cells, widths that fit Japanese, and the print setup
// prefecture staff expect (A4 landscape, one page wide, header rows repeated).
#pragma once

#include <xlsxwriter.h>

#include <string>
#include <string_view>

namespace renkei::xlsx {

/// Writes `text` as a string cell. Text that looks like a formula ("=SUM(A1)",
/// "+81", "-", "@x") stays text: worksheet_write_string never makes a formula.
void WriteText(lxw_worksheet* ws, int row, int col, std::string_view text, lxw_format* f);

/// Writes `text` over rows r1..r2 and columns c1..c2, merged; a single cell is
/// written without a merge (Excel refuses one-cell merges).
void MergeText(lxw_worksheet* ws, int r1, int c1, int r2, int c2, std::string_view text,
               lxw_format* f);

/// The width in Excel column units that `text` needs in an 11 pt Japanese font:
/// full-width characters (kanji, kana, ○△□×※) count about twice a digit.
double TextWidth(std::string_view text);

/// Lines `text` takes when wrapped in a column `width` units wide (at least 1).
int WrappedLines(std::string_view text, double width);

/// Gives a row the height of `lines` lines of 11 pt text. Used for merged cells,
/// which spreadsheet applications do not grow to fit.
void SetRowLines(lxw_worksheet* ws, int row, int lines);

/// Escapes `&` for a header or footer and cuts the text to fit libxlsxwriter's
/// 255-byte limit together with `reserve` bytes of codes around it.
std::string HeaderFooterText(std::string_view text, size_t reserve);

/// A4 landscape, one page wide, `first_row`..`last_row` repeated on every page
/// (none when first_row < 0), `title` in the header and page numbers in the footer.
void SetUpPrinting(lxw_worksheet* ws, std::string_view title, int first_row, int last_row);

}  // namespace renkei::xlsx
