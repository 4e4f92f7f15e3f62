// The exact overflow check of `renkei pdf`: a copy of a pamphlet's HTML gets
// a small script that measures each panel in Chromium's layout, and the
// result is read back from the DOM.
#pragma once

#include <string>
#include <vector>

namespace renkei {

/// `html` with the measuring script added before </body>.
std::string WithMeasureScript(const std::string& html);

struct PanelOverflow {
  int sheet = 0;  ///< 0-based page number.
  std::string panel;
  double over_mm = 0;  ///< How much taller the content is than its panel.
  double wide_mm = 0;  ///< How much wider (a long word or table).
};

/// The overflowing panels found in the dumped DOM; false when the DOM holds
/// no measurement (the script did not run).
bool ParseMeasurement(const std::string& dom, std::vector<PanelOverflow>* out);

}  // namespace renkei
