// One section of content/pamphlets/*.yaml (used by pamphlets_loader.cc).
#pragma once

#include <string>

#include "load/loaders.h"
#include "load/yaml_reader.h"

namespace renkei {

/// Reads the section at `node` (key path `key_path`, e.g. pamphlets[0].sections[2])
/// of a pamphlet in `format`. `panel` is the panel of the previous section (or
/// the first panel) and is used when the section names none. False, after
/// reporting, when the section cannot be used.
bool LoadPamphletBlock(LoadContext& ctx, YamlReader& r, const YAML::Node& node,
                       const std::string& key_path, PamphletFormat format, const std::string& panel,
                       PamphletBlock* out);

/// "13:30", "9:00", "１３：３０" -> "13:30"; "" when not a time of day.
std::string NormalizeTimeOfDay(const std::string& text);

}  // namespace renkei
