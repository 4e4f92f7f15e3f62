// The print output of `renkei build`: each pamphlet of content/pamphlets/ as
// self-contained HTML (print/<id>.html) laid out in exact millimetres, ready
// for Chromium's print dialog or `renkei pdf`.
#pragma once

#include <string>
#include <vector>

#include "render/print/print_templates.h"
#include "render/render_context.h"

namespace renkei {

/// How full one panel is, by the build-time estimate.
struct PanelFill {
  std::string name;
  double need_mm = 0, have_mm = 0;
  Location where;  ///< The first section placed on the panel.
};

struct PamphletHtml {
  std::string path;  ///< Relative to the output root, e.g. print/symposium-2026.html.
  PrintMode mode = PrintMode::kOffice;
  std::string html;
  std::vector<PanelFill> panels;
};

/// Renders mode number `mode_index` of `p`. Missing images and the like go to `diags`.
PamphletHtml RenderPamphletHtml(const Library& lib, const std::string& assets_dir,
                                const Pamphlet& p, size_t mode_index, PrintTemplates& templates,
                                Diagnostics& diags);

/// Reports panels whose estimated content exceeds their height: an error
/// when clearly too much (more than 25% over), a warning when more than 8%
/// over (the estimate's margin of error).
void CheckEstimatedFill(const Pamphlet& p, const PamphletHtml& html, Diagnostics& diags);

/// Renders every pamphlet in every mode into ctx.out. False when a template
/// or a write failed (reported in ctx.diags).
bool RenderPrint(RenderContext& ctx);

}  // namespace renkei
