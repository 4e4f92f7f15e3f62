// The per-file-type loaders behind LoadContent. Each reads its files, checks
// them, reports every problem it finds and fills its part of the Library.
// They run in dependency order: site, municipalities, items, then the records
// that refer to them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/load_cache.h"
#include "load/source_file.h"
#include "model/library.h"
#include "util/diagnostic.h"
#include "util/scanned_content.h"

namespace renkei {

struct LoadContext {
  std::string content_dir;  ///< As given by the user; prefixes every display path.
  Diagnostics& diags;
  Library& lib;
  LoadCache* cache = nullptr;         ///< What the last build loaded; may be null.
  ScannedContent* scanned = nullptr;  ///< What the build saw already; may be null.
  /// When given, the pages whose bodies a loader read (the pamphlets'
  /// sections), by index into lib.pages: what the load cache keys them by.
  std::vector<size_t>* bodies_read = nullptr;
  /// "content" + "status/2015.csv" -> "content/status/2015.csv".
  std::string DisplayPath(const std::string& relative) const;
  std::string FullPath(const std::string& relative) const { return DisplayPath(relative); }
  /// Reads and decodes the file `relative` (ReadSource), or takes its bytes
  /// from `scanned`. A file `scanned` holds the hash of must have it.
  std::optional<SourceText> Read(const std::string& relative, const std::string& display) const;
};

void LoadSite(LoadContext& ctx);
void LoadMunicipalities(LoadContext& ctx);
void LoadItems(LoadContext& ctx);
void LoadStatuses(LoadContext& ctx);
void LoadBudgets(LoadContext& ctx);
void LoadModels(LoadContext& ctx);
void LoadOutcomes(LoadContext& ctx);
void LoadPages(LoadContext& ctx);
void LoadPamphlets(LoadContext& ctx);  ///< After pages, models and items it refers to.

}  // namespace renkei

#include <optional>
#include <vector>

#include "load/yaml_reader.h"

namespace renkei {

/// Regular files under content/<sub> whose names end in `ext`, as paths
/// relative to the content directory, sorted so that runs are deterministic.
/// Symbolic links are not followed (content must not reach outside itself).
std::vector<std::string> ListContentFiles(const LoadContext& ctx, const std::string& sub,
                                          const std::string& ext, bool recursive);

/// True when content/<relative> exists (as anything).
bool ContentExists(const LoadContext& ctx, const std::string& relative);

/// Reads and parses a YAML file into `*doc`; false (with a diagnostic) when it
/// cannot be read or parsed.
bool ReadYamlFile(LoadContext& ctx, const std::string& relative, YamlReader& reader,
                  YAML::Node* doc);

}  // namespace renkei
