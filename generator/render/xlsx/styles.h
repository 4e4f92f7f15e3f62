// The cell formats every sheet of a report workbook shares: BIZ UDPGothic,
// thin borders on table cells, the number formats of official tables
// (0.0% for shares, 0.0%;"△"0.0% for changes, #,##0 for counts and 千円).
#pragma once

#include <xlsxwriter.h>

namespace renkei::xlsx {

constexpr const char* kFont = "BIZ UDPGothic";
constexpr int kMaxIndent = 4;

/// Formats of one workbook (libxlsxwriter formats belong to their workbook).
struct Styles {
  explicit Styles(lxw_workbook* wb);

  lxw_format* title;                 ///< Sheet title: large and bold.
  lxw_format* subtitle;              ///< Prefecture name, bold.
  lxw_format* plain;                 ///< Text outside tables.
  lxw_format* right;                 ///< Text outside tables, right aligned (as-of line).
  lxw_format* note;                  ///< Footnotes: wrapped, top aligned.
  lxw_format* header;                ///< Table header: bold, centred, wrapped, shaded, bordered.
  lxw_format* item;                  ///< Item cell (merged down): wrapped, top aligned.
  lxw_format* text[kMaxIndent + 1];  ///< Body text by indent level (child rows).
  lxw_format* heading_text[kMaxIndent + 1];  ///< Heading-only rows (no figures).
  lxw_format* blank;                         ///< Bordered empty cell (not surveyed, or no figures).
  lxw_format* count;                         ///< #,##0
  lxw_format* percent;                       ///< 0.0%
  lxw_format* change;                        ///< 0.0%;"△"0.0%
  lxw_format* symbol;                        ///< Status symbol: centred.
  lxw_format* excluded_text;                 ///< Rows of excluded municipalities: grey.
  lxw_format* excluded_symbol;
  lxw_format* thousand_yen;       ///< #,##0 (千円)
  lxw_format* thousand_yen_frac;  ///< #,##0.0## for amounts not whole in 千円
  lxw_format* amount_text;        ///< 「34.5億円の内数」: right aligned text.
  lxw_format* total_label;        ///< Total rows: bold, shaded.
  lxw_format* total_amount;
  lxw_format* total_amount_frac;
};

}  // namespace renkei::xlsx
