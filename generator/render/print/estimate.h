// A build-time estimate of how tall laid-out HTML will be, so that a panel
// that cannot fit is reported by `renkei build` before anyone prints it.
// `renkei pdf` measures the real layout in Chromium (chromium.h).
#pragma once

#include <string_view>

namespace renkei {

/// Points to millimetres.
constexpr double PtToMm(double pt) { return pt * 25.4 / 72; }

/// The estimated height in millimetres of `html` set `width_mm` wide in
/// `pt`-point text with line-height 1.55: every paragraph, list item,
/// heading and table row starts a line; a full-width character is 1 em wide,
/// ASCII 0.55 em. Meant to be close, slightly on the low side for Japanese text.
double EstimateHtmlHeightMm(std::string_view html, double width_mm, double pt);

}  // namespace renkei
