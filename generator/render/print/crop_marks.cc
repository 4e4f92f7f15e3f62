#include "render/print/crop_marks.h"

namespace renkei {

namespace {

// Registration-black hairlines, as print shops expect: 0.1 mm.
constexpr double kStroke = 0.1;
constexpr double kCentreHalf = 5;  // half length of the centre mark's cross bar

void Line(std::string* out, double x1, double y1, double x2, double y2, const char* cls) {
  *out += "<line class=\"" + std::string(cls) + "\" x1=\"" + Mm(x1) + "\" y1=\"" + Mm(y1) +
          "\" x2=\"" + Mm(x2) + "\" y2=\"" + Mm(y2) + "\"/>";
}

}  // namespace

std::string CropMarksSvg(const PrintGeometry& g, size_t sheet) {
  if (g.mode != PrintMode::kPress || sheet >= g.sheets.size()) return "";
  const double o = g.offset(), b = g.bleed, W = g.page_w(), H = g.page_h();
  const double left = o, right = o + g.trim_w, top = o, bottom = o + g.trim_h;
  const double gap = 1;  // marks stop this far from the page edge
  std::string s = "<svg class=\"marks\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + Mm(W) +
                  "mm\" height=\"" + Mm(H) + "mm\" viewBox=\"0 0 " + Mm(W) + " " + Mm(H) +
                  "\" aria-hidden=\"true\"><g fill=\"none\" stroke=\"#000\" stroke-width=\"" +
                  Mm(kStroke) + "\">";
  // Corner marks: for each corner, the trim line and the bleed line in both
  // directions, drawn only outside the bleed box.
  for (int corner = 0; corner < 4; ++corner) {
    const bool is_left = corner % 2 == 0, is_top = corner < 2;
    const double tx = is_left ? left : right, ty = is_top ? top : bottom;
    const double bx = is_left ? left - b : right + b, by = is_top ? top - b : bottom + b;
    const double ex = is_left ? gap : W - gap, ey = is_top ? gap : H - gap;
    for (double y : {ty, by}) Line(&s, bx, y, ex, y, "crop");  // horizontal, outward
    for (double x : {tx, bx}) Line(&s, x, by, x, ey, "crop");  // vertical, outward
  }
  // Centre marks (センタートンボ): a line on the centre and a cross bar.
  const double cx = left + g.trim_w / 2, cy = top + g.trim_h / 2;
  const double mid_top = (top - b) / 2, mid_bottom = (bottom + b + H) / 2;
  Line(&s, cx, gap, cx, top - b, "centre");
  Line(&s, cx - kCentreHalf, mid_top, cx + kCentreHalf, mid_top, "centre");
  Line(&s, cx, bottom + b, cx, H - gap, "centre");
  Line(&s, cx - kCentreHalf, mid_bottom, cx + kCentreHalf, mid_bottom, "centre");
  const double mid_left = (left - b) / 2, mid_right = (right + b + W) / 2;
  Line(&s, gap, cy, left - b, cy, "centre");
  Line(&s, mid_left, cy - kCentreHalf, mid_left, cy + kCentreHalf, "centre");
  Line(&s, right + b, cy, W - gap, cy, "centre");
  Line(&s, mid_right, cy - kCentreHalf, mid_right, cy + kCentreHalf, "centre");
  s += "</g>";
  // Fold marks: faint dashes in the mark area, above and below each fold.
  if (!g.sheets[sheet].folds.empty()) {
    s += "<g fill=\"none\" stroke=\"#000\" stroke-width=\"" + Mm(kStroke) +
         "\" stroke-dasharray=\"1 0.8\" opacity=\"0.6\">";
    for (double f : g.sheets[sheet].folds) {
      Line(&s, left + f, gap + 2, left + f, top - b - 1, "fold");
      Line(&s, left + f, bottom + b + 1, left + f, H - gap - 2, "fold");
    }
    s += "</g>";
  }
  return s + "</svg>";
}

}  // namespace renkei
