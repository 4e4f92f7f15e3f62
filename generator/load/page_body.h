// A page's body, read from its file when something asks for it. The loaders
// keep only where it starts and its hash (Page::body_offset, body_key): the
// bodies of a national site's pages are most of its size, and a build reads
// each of them once, to render it.
#pragma once

#include "model/library.h"
#include "util/shared_text.h"

namespace renkei {

/// The body of `page` as its file (Page::where.path) holds it from
/// body_offset on, read when first asked for. Asking throws when the file no
/// longer has that body (body_key), as when it changed while the build ran.
SharedText PageBodyFromFile(const Page& page);

}  // namespace renkei
