// The site's files that are not pages: sitemap.xml, robots.txt, feed.xml
// (Atom, news pages) and assets/ (shipped, overridden file by file).
#pragma once

#include <string>

#include "render/site/site_build.h"
#include "write/output_tree.h"

namespace renkei {

/// The file a page is written to: "items/a/" -> "items/a/index.html".
std::string OutputPath(const SitePage& p);

/// Writes sitemap.xml (when base_url is set), robots.txt and feed.xml (when there is
/// news). False when a write fails (see out.error()).
bool WriteSiteFiles(const SiteBuild& b, OutputTree& out);

/// Writes the shipped assets/ into the output, then every file of `override_dir` (when
/// not empty) in place of the shipped one with the same relative path. "" or an error.
std::string CopyAssets(const std::string& override_dir, OutputTree& out);

}  // namespace renkei
