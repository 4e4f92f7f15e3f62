// The sections of a pamphlet as HTML (templates/print/block.mustache), each
// with its estimated height, ready to be placed on a panel.
#pragma once

#include <string>
#include <string_view>

#include "model/library.h"
#include "render/print/print_templates.h"
#include "util/diagnostic.h"

namespace renkei {

/// Type sizes of one pamphlet in points.
struct PrintType {
  double body_pt = 12, heading_pt = 15, title_pt = 24;
};
PrintType TypeFor(const Pamphlet& p);

struct RenderedBlock {
  std::string html;
  double height_mm = 0;  ///< Estimated, with the space below it.
};

/// Renders `b` of `p` for a panel whose text area is `width_mm` wide. Missing
/// images and URLs too long for a QR code are reported at the section.
RenderedBlock RenderBlock(const Library& lib, const std::string& assets_dir, const Pamphlet& p,
                          const PamphletBlock& b, double width_mm, PrintTemplates& templates,
                          Diagnostics& diags);

/// The part of `markdown` under the heading `heading` (without the heading
/// line), up to the next heading of the same or a higher level.
std::string MarkdownSection(std::string_view markdown, const std::string& heading);

}  // namespace renkei
