// The site's files that are not pages: sitemap.xml, robots.txt, feed.xml
// (Atom, news pages) and assets/ (shipped, overridden file by file).
#pragma once

#include <string>

#include "render/site/site_build.h"
#include "write/output_tree.h"

namespace renkei {

/// The file a page is written to: "items/a/" -> "items/a/index.html".
std::string OutputPath(const SitePage& p);

/// How many of the newest news pages feed.xml holds.
inline constexpr size_t kFeedEntries = 50;

/// Writes sitemap.xml (when base_url is set; over 50,000 pages, an index of
/// sitemap-1.xml, sitemap-2.xml...), robots.txt and feed.xml (when there is
/// news: the kFeedEntries newest). False when a write fails (see out.error()).
bool WriteSiteFiles(const SiteBuild& b, OutputTree& out);

/// Writes the shipped assets/ into the output, and every file of `override_dir` (when
/// not empty) in place of the shipped one with the same relative path; each is
/// taken over from the last build when `render_key` is the same. "" or an error.
std::string CopyAssets(const std::string& override_dir, uint64_t render_key, OutputTree& out);

}  // namespace renkei
