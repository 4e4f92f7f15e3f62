// A fast reader for the front matter almost every page has: `key: value`
// lines and block lists of plain texts. yaml-cpp took a third of loading a
// national site (its scanner matches each character against regular
// expressions); this reads the common subset in one pass and declines
// everything else, which then goes to yaml-cpp.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string_view>

namespace renkei {

/// The mapping in `text` when every line is blank, a comment, `key: text` or
/// `key:` followed by `- text` items, with keys of ASCII letters, digits, _ and
/// -, and every text a plain YAML scalar that needs no interpretation (no
/// quotes, indicators, ": ", " #", null words or continuation lines). Gives
/// the same node values as YAML::Load, but without marks (line and column);
/// std::nullopt for anything else.
std::optional<YAML::Node> ParsePlainMapping(std::string_view text);

}  // namespace renkei

namespace renkei {

/// True when `a` and `b` hold the same values (types, texts, list items and
/// map entries in order), ignoring marks: how the tests and the fuzzer hold
/// ParsePlainMapping to YAML::Load.
bool SameYamlValue(const YAML::Node& a, const YAML::Node& b);

}  // namespace renkei
