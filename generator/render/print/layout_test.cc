#include "render/print/layout.h"

#include <catch2/catch.hpp>

namespace renkei {

TEST_CASE("tri-fold panels are 97|100|100 outside and 100|100|97 inside", "[print]") {
  const PrintGeometry g = GeometryFor(PamphletFormat::kA4Trifold, PrintMode::kOffice);
  REQUIRE(g.sheets.size() == 2);
  CHECK(g.page_w() == 297);
  CHECK(g.page_h() == 210);
  const auto& out = g.sheets[0].panels;
  const auto& in = g.sheets[1].panels;
  REQUIRE(out.size() == 3);
  REQUIRE(in.size() == 3);
  CHECK(out[0].name == "flap");
  CHECK(out[1].name == "back");
  CHECK(out[2].name == "cover");
  CHECK((out[0].w == 97 && out[1].w == 100 && out[2].w == 100));
  CHECK((in[0].w == 100 && in[1].w == 100 && in[2].w == 97));
  CHECK(out[2].x == 197);
  CHECK(in[2].x == 200);
  CHECK(g.sheets[0].folds == std::vector<double>{97, 197});
  CHECK(g.sheets[1].folds == std::vector<double>{100, 200});
  for (const auto& sheet : g.sheets)
    for (const PanelBox& p : sheet.panels) {
      CHECK(p.pad_left >= kSafeMm);
      CHECK(p.pad_right >= kSafeMm);
      CHECK(p.pad_top >= kSafeMm);
    }
}

TEST_CASE("press mode adds 3 mm bleed and the crop-mark area on every edge", "[print]") {
  const PrintGeometry g = GeometryFor(PamphletFormat::kA4Trifold, PrintMode::kPress);
  CHECK(g.bleed == 3);
  CHECK(g.offset() == 13);
  CHECK(g.page_w() == 323);
  CHECK(g.page_h() == 236);
  const PrintGeometry a3 = GeometryFor(PamphletFormat::kA3Poster, PrintMode::kPress);
  CHECK(a3.page_w() == 323);
  CHECK(a3.page_h() == 446);
}

TEST_CASE("single-sheet formats", "[print]") {
  CHECK(GeometryFor(PamphletFormat::kA4, PrintMode::kOffice).sheets.size() == 1);
  const PrintGeometry d = GeometryFor(PamphletFormat::kA4Duplex, PrintMode::kOffice);
  REQUIRE(d.sheets.size() == 2);
  CHECK(d.sheets[1].panels[0].name == "back");
  CHECK(d.page_w() == 210);
  CHECK(d.page_h() == 297);
}

TEST_CASE("Mm prints at most two decimals", "[print]") {
  CHECK(Mm(97) == "97");
  CHECK(Mm(12.5) == "12.5");
  CHECK(Mm(0.1) == "0.1");
  CHECK(Mm(1.0 / 3) == "0.33");
  CHECK(Mm(-0.001) == "0");
}

}  // namespace renkei
