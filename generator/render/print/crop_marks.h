// Crop marks (トンボ) for press mode, as one inline SVG over the whole page:
// double corner marks (trim line and bleed line) outside the bleed, centre
// marks on each edge, and faint dashed fold marks for folded formats.
#pragma once

#include <string>

#include "render/print/layout.h"

namespace renkei {

/// The SVG element for sheet `sheet` of `g`; "" in office mode (no marks).
std::string CropMarksSvg(const PrintGeometry& g, size_t sheet);

}  // namespace renkei
