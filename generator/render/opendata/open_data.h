// Open data: every dataset as site_out/data/<id>.csv and <id>.json, with the
// catalogue data/index.html and data/catalog.json.
#pragma once

#include "render/render_context.h"

namespace renkei {

/// Writes the open data into ctx.out; failures become errors in ctx.diags.
void RenderOpenData(RenderContext& ctx);

}  // namespace renkei
