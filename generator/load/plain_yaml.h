// A fast reader for the front matter almost every page has: `key: value`
// lines and block lists of plain texts. yaml-cpp took a third of loading a
// national site (its scanner matches each character against regular
// expressions); this reads the common subset in one pass and declines
// everything else, which then goes to yaml-cpp.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string_view>
#include <vector>

namespace renkei {

/// One `key: text`, or `key:` with its `- text` items; views into the text read.
struct PlainEntry {
  std::string_view key;
  std::string_view text;                ///< Unless is_list.
  std::vector<std::string_view> items;  ///< When is_list.
  bool is_list = false;
};
/// The entries in the order written; no key twice.
using PlainMapping = std::vector<PlainEntry>;

/// The mapping in `text` when every line is blank, a comment, `key: text` or
/// `key:` followed by `- text` items, with keys of ASCII letters, digits, _ and
/// -, and every text a plain YAML scalar that needs no interpretation (no
/// quotes, indicators, ": ", " #", null words or continuation lines). Holds
/// the same values as YAML::Load would give (PlainMappingNode), without marks
/// (line and column); std::nullopt for anything else.
std::optional<PlainMapping> ParsePlainMapping(std::string_view text);

/// The mapping as yaml-cpp nodes: how the tests and the fuzzer hold
/// ParsePlainMapping to YAML::Load.
YAML::Node PlainMappingNode(const PlainMapping& mapping);

/// True when `a` and `b` hold the same values (types, texts, list items and
/// map entries in order), ignoring marks.
bool SameYamlValue(const YAML::Node& a, const YAML::Node& b);

}  // namespace renkei
