// Page geometry of pamphlets, in millimetres: the sheets of a format, the
// panels on each sheet, the folds, and the bleed and crop-mark margins of a
// print mode. Everything a template or a crop mark needs is computed here.
#pragma once

#include <string>
#include <vector>

#include "model/pamphlet.h"

namespace renkei {

/// 3 mm bleed (塗り足し) on every edge in press mode.
constexpr double kBleedMm = 3;
/// Room outside the bleed for the crop marks (トンボ) in press mode.
constexpr double kMarkAreaMm = 10;
/// No text closer than this to a trim edge or a fold.
constexpr double kSafeMm = 5;

/// A panel: a rectangle of the trimmed sheet (x, y from its top-left corner)
/// with the padding that keeps text clear of trim edges and folds.
struct PanelBox {
  std::string name;  ///< One of PanelNames(format).
  double x = 0, y = 0, w = 0, h = 0;
  double pad_top = 0, pad_right = 0, pad_bottom = 0, pad_left = 0;
  double inner_w() const { return w - pad_left - pad_right; }
  double inner_h() const { return h - pad_top - pad_bottom; }
};

/// One printed page (one side of the paper).
struct SheetLayout {
  std::string label;  ///< e.g. 外側（表紙・裏表紙） for a tri-fold's outside page.
  std::vector<PanelBox> panels;  ///< Left to right.
  std::vector<double> folds;     ///< x of each fold line on the trimmed sheet.
};

struct PrintGeometry {
  PamphletFormat format = PamphletFormat::kA4;
  PrintMode mode = PrintMode::kOffice;
  double trim_w = 0, trim_h = 0;  ///< The finished (cut) size.
  double bleed = 0;               ///< kBleedMm in press mode, else 0.
  double mark_area = 0;           ///< kMarkAreaMm in press mode, else 0.
  std::vector<SheetLayout> sheets;
  /// Distance from the page edge to the trim edge.
  double offset() const { return bleed + mark_area; }
  double page_w() const { return trim_w + 2 * offset(); }
  double page_h() const { return trim_h + 2 * offset(); }
};

/// The geometry of `format` in `mode`. A tri-fold's outside page is
/// [flap 97 | back 100 | cover 100] and its inside page [100 | 100 | 97] on
/// 297 x 210 mm, so the narrower flap folds inside without buckling.
PrintGeometry GeometryFor(PamphletFormat format, PrintMode mode);

/// "97", "12.5", "0.35": a millimetre figure for CSS and SVG (at most 2 decimals).
std::string Mm(double mm);

}  // namespace renkei
