#include "render/xlsx/cells.h"

#include <cmath>

#include "render/xlsx/xlsx_library.h"

namespace renkei::xlsx {

namespace {

constexpr double kLinePoints = 15.0;      // one line of 11 pt BIZ UDPGothic
constexpr size_t kHeaderFooterMax = 254;  // LXW_HEADER_FOOTER_MAX, less the NUL
constexpr uint8_t kPaperA4 = 9;

// Decodes the code point starting at s[i] and advances i (invalid bytes count as one).
char32_t NextCodePoint(std::string_view s, size_t& i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  const int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  char32_t cp = extra == 0 ? c : c & (0x3F >> extra);
  ++i;
  for (int k = 0; k < extra && i < s.size(); ++k, ++i)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

bool IsWide(char32_t cp) {
  // Everything from General Punctuation on is wide in Japanese fonts (※, ○, △,
  // kanji, kana, full-width forms) except the half-width katakana block.
  return cp >= 0x2000 && !(cp >= 0xFF61 && cp <= 0xFFDC);
}

}  // namespace

void WriteText(lxw_worksheet* ws, int row, int col, std::string_view text, lxw_format* f) {
  const std::string s(text);
  Xlsx().worksheet_write_string(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                s.c_str(), f);
}

void MergeText(lxw_worksheet* ws, int r1, int c1, int r2, int c2, std::string_view text,
               lxw_format* f) {
  if (r1 == r2 && c1 == c2) return WriteText(ws, r1, c1, text, f);
  const std::string s(text);
  Xlsx().worksheet_merge_range(ws, static_cast<lxw_row_t>(r1), static_cast<lxw_col_t>(c1),
                               static_cast<lxw_row_t>(r2), static_cast<lxw_col_t>(c2), s.c_str(),
                               f);
}

double TextWidth(std::string_view text) {
  double width = 0;
  for (size_t i = 0; i < text.size();) width += IsWide(NextCodePoint(text, i)) ? 2.1 : 1.1;
  return width + 1.5;  // cell padding
}

int WrappedLines(std::string_view text, double width) {
  int lines = 0;
  size_t start = 0;
  while (start <= text.size()) {  // explicit line breaks start new lines
    const size_t end = std::min(text.find('\n', start), text.size());
    const double w = TextWidth(text.substr(start, end - start)) - 1.5;
    lines += std::max(1, static_cast<int>(std::ceil(w / std::max(1.0, width - 1.5))));
    start = end + 1;
  }
  return std::max(1, lines);
}

void SetRowLines(lxw_worksheet* ws, int row, int lines) {
  Xlsx().worksheet_set_row(ws, static_cast<lxw_row_t>(row), kLinePoints * lines + 3, nullptr);
}

std::string HeaderFooterText(std::string_view text, size_t reserve) {
  std::string out;
  const size_t limit = reserve >= kHeaderFooterMax ? 0 : kHeaderFooterMax - reserve;
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    NextCodePoint(text, i);
    std::string piece(text.substr(start, i - start));
    if (piece == "&") piece = "&&";
    if (out.size() + piece.size() > limit) break;
    out += piece;
  }
  return out;
}

void SetUpPrinting(lxw_worksheet* ws, std::string_view title, int first_row, int last_row) {
  Xlsx().worksheet_set_landscape(ws);
  Xlsx().worksheet_set_paper(ws, kPaperA4);
  Xlsx().worksheet_fit_to_pages(ws, 1, 0);  // one page wide, as many pages tall as needed
  Xlsx().worksheet_center_horizontally(ws);
  Xlsx().worksheet_set_margins(ws, 0.5, 0.5, 0.75, 0.75);
  if (first_row >= 0)
    Xlsx().worksheet_repeat_rows(ws, static_cast<lxw_row_t>(first_row),
                                 static_cast<lxw_row_t>(last_row));
  const std::string font = std::string("&\"") + "BIZ UDPGothic" + ",Regular\"&10";
  const std::string header = "&C" + font + HeaderFooterText(title, 2 + font.size());
  const std::string footer = "&C" + font + "&P / &N";
  Xlsx().worksheet_set_header(ws, header.c_str());
  Xlsx().worksheet_set_footer(ws, footer.c_str());
}

}  // namespace renkei::xlsx
