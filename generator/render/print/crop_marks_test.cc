#include "render/print/crop_marks.h"

#include <catch2/catch.hpp>

namespace renkei {

TEST_CASE("office mode has no crop marks", "[print]") {
  CHECK(CropMarksSvg(GeometryFor(PamphletFormat::kA4, PrintMode::kOffice), 0).empty());
}

TEST_CASE("press marks: trim and bleed lines at every corner, centre and fold marks", "[print]") {
  const PrintGeometry g = GeometryFor(PamphletFormat::kA4Trifold, PrintMode::kPress);
  const std::string svg = CropMarksSvg(g, 0);
  CHECK(svg.find("viewBox=\"0 0 323 236\"") != std::string::npos);
  // Top-left corner: vertical lines at the trim (x = 13) and bleed (x = 10) edges,
  // running from the bleed line (y = 10) outward to the page edge.
  CHECK(svg.find("x1=\"13\" y1=\"10\" x2=\"13\" y2=\"1\"") != std::string::npos);
  CHECK(svg.find("x1=\"10\" y1=\"10\" x2=\"10\" y2=\"1\"") != std::string::npos);
  // Bottom-right corner, horizontal trim line at y = 13 + 210.
  CHECK(svg.find("x1=\"313\" y1=\"223\" x2=\"322\" y2=\"223\"") != std::string::npos);
  size_t crops = 0, folds = 0;
  for (size_t p = svg.find("class=\"crop\""); p != std::string::npos;
       p = svg.find("class=\"crop\"", p + 1))
    ++crops;
  for (size_t p = svg.find("class=\"fold\""); p != std::string::npos;
       p = svg.find("class=\"fold\"", p + 1))
    ++folds;
  CHECK(crops == 16);
  CHECK(folds == 4);
  // Folds of the outside page at 97 and 197 mm from the trim edge.
  CHECK(svg.find("x1=\"110\"") != std::string::npos);
  CHECK(svg.find("x1=\"210\"") != std::string::npos);
  // Centre of the trim: 13 + 148.5.
  CHECK(svg.find("x1=\"161.5\"") != std::string::npos);
}

}  // namespace renkei
