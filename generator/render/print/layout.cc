#include "render/print/layout.h"

#include <cmath>
#include <cstdio>

namespace renkei {

namespace {

// Office printers cannot print the outermost ~4 mm: keep a wider margin there.
constexpr double kOfficeEdgeMm = 9;
constexpr double kPressEdgeMm = 7;
constexpr double kFoldPadMm = 6;

PanelBox Box(const std::string& name, double x, double w, double h, bool left_edge, bool right_edge,
             double edge) {
  PanelBox b;
  b.name = name;
  b.x = x;
  b.w = w;
  b.h = h;
  b.pad_top = b.pad_bottom = edge;
  b.pad_left = left_edge ? edge : kFoldPadMm;
  b.pad_right = right_edge ? edge : kFoldPadMm;
  return b;
}

}  // namespace

PrintGeometry GeometryFor(PamphletFormat format, PrintMode mode) {
  PrintGeometry g;
  g.format = format;
  g.mode = mode;
  if (mode == PrintMode::kPress) {
    g.bleed = kBleedMm;
    g.mark_area = kMarkAreaMm;
  }
  const double edge = mode == PrintMode::kPress ? kPressEdgeMm : kOfficeEdgeMm;
  auto single = [&](const std::string& name, const std::string& label) {
    SheetLayout s;
    s.label = label;
    s.panels.push_back(Box(name, 0, g.trim_w, g.trim_h, true, true, edge));
    g.sheets.push_back(s);
  };
  switch (format) {
    case PamphletFormat::kA4Trifold: {
      g.trim_w = 297;
      g.trim_h = 210;
      SheetLayout out{"外側（表紙・裏表紙）", {}, {97, 197}};
      out.panels = {Box("flap", 0, 97, 210, true, false, edge),
                    Box("back", 97, 100, 210, false, false, edge),
                    Box("cover", 197, 100, 210, false, true, edge)};
      SheetLayout in{"内側", {}, {100, 200}};
      in.panels = {Box("inside-left", 0, 100, 210, true, false, edge),
                   Box("inside-middle", 100, 100, 210, false, false, edge),
                   Box("inside-right", 200, 97, 210, false, true, edge)};
      g.sheets = {out, in};
      break;
    }
    case PamphletFormat::kA4:
      g.trim_w = 210;
      g.trim_h = 297;
      single("front", "おもて");
      break;
    case PamphletFormat::kA4Duplex:
      g.trim_w = 210;
      g.trim_h = 297;
      single("front", "おもて");
      single("back", "うら");
      break;
    case PamphletFormat::kA3Poster:
      g.trim_w = 297;
      g.trim_h = 420;
      single("front", "ポスター");
      break;
  }
  return g;
}

std::string Mm(double mm) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", std::round(mm * 100) / 100);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

}  // namespace renkei
