// Loading a content directory into a validated Library.
#pragma once

#include <string>

#include "model/library.h"
#include "util/diagnostic.h"

namespace renkei {

/// Loads and validates everything under `content_dir`. Every problem is added
/// to `diags`; the Library holds what could be loaded. Returns false when the
/// directory itself is missing (a usage error, not a data error).
bool LoadContent(const std::string& content_dir, Diagnostics& diags, Library* lib);

}  // namespace renkei
