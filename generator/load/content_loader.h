// Loading a content directory into a validated Library.
#pragma once

#include <string>

#include "load/load_cache.h"
#include "model/library.h"
#include "util/diagnostic.h"
#include "util/scanned_content.h"

namespace renkei {

/// Loads and validates everything under `content_dir`. Every problem is added
/// to `diags`; the Library holds what could be loaded. Returns false when the
/// directory itself is missing (a usage error, not a data error). With a
/// `cache`, what did not change since the last build is taken from it, and
/// what was loaded anew is kept in it for the next. What `scanned` holds (the
/// entries, the bytes of files) is taken from it instead of looked at again.
bool LoadContent(const std::string& content_dir, Diagnostics& diags, Library* lib,
                 LoadCache* cache = nullptr, ScannedContent* scanned = nullptr);

}  // namespace renkei
