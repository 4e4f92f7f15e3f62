// A Markdown page's fields from its front matter (load/pages_loader.cc reads
// the file and adds the body).
#pragma once

#include <optional>
#include <string>

#include "load/front_matter.h"
#include "model/library.h"
#include "util/diagnostic.h"

namespace renkei {

/// kPlainFirst: the plain reader (load/plain_yaml.h) first, yaml-cpp when it
/// declines or the page has anything to report. kYamlOnly: yaml-cpp alone,
/// which the tests hold the first to.
enum class FrontMatterReading { kPlainFirst, kYamlOnly };

/// The page of file `rel` ("pages/a/b.md", shown as `display`) from its front
/// matter: title, slug, description, order, draft, tags, date, the other keys
/// as params, and its address. Problems go to `diags`; nullopt when the page
/// is unusable or a draft.
std::optional<Page> PageFromFrontMatter(
    const std::string& rel, const std::string& display, const FrontMatterSplit& split,
    Diagnostics& diags, FrontMatterReading reading = FrontMatterReading::kPlainFirst);

}  // namespace renkei
