// The residents' website (issue 3): every page, sitemap.xml, robots.txt, the
// Atom feed of news, the offline search index and the assets.
#pragma once

#include "render/render_context.h"

namespace renkei {

/// Renders the whole site into ctx.out. Problems (a missing template, a Markdown
/// page whose address collides with a generated page, a failed write) are added
/// to ctx.diags as errors; the caller must not commit the output then.
void RenderSite(RenderContext& ctx);

}  // namespace renkei
