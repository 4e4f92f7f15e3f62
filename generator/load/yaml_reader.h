// Typed access to one YAML file with diagnostics that name the key path
// (budgets[3].amount) and yaml-cpp's line and column. yaml-cpp throws on bad
// input; this is the one place that catches it.
#pragma once

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "util/diagnostic.h"

namespace renkei {

class YamlReader {
 public:
  YamlReader(std::string display_path, Diagnostics& diags)
      : path_(std::move(display_path)), diags_(diags) {}

  /// Parses decoded text. A syntax error (or too deep nesting) is reported
  /// with its line and column and gives std::nullopt. An empty document gives
  /// a Null node.
  std::optional<YAML::Node> Parse(const std::string& text);

  /// The location of a node (1-based); `line_offset` shifts it, e.g. for
  /// front matter that starts after the first line.
  Location At(const YAML::Node& node) const;

  /// The scalar at `map[key]` as text (numbers too). Absent: "" and, when
  /// `required`, an error. A list or map where text belongs is an error
  /// naming `key_path`.
  std::string Text(const YAML::Node& map, const char* key, const std::string& key_path,
                   bool required = false);
  /// A scalar or a list of scalars at `map[key]` as a list of texts.
  std::vector<std::string> TextList(const YAML::Node& map, const char* key,
                                    const std::string& key_path);
  /// An integer scalar; absent gives std::nullopt.
  std::optional<long long> Integer(const YAML::Node& map, const char* key,
                                   const std::string& key_path);
  /// A boolean scalar (true/false/yes/no); absent gives `fallback`.
  bool Boolean(const YAML::Node& map, const char* key, const std::string& key_path, bool fallback);
  /// The sequence at `node`; anything else but null is an error naming `key_path`.
  bool ExpectSequence(const YAML::Node& node, const std::string& key_path);
  bool ExpectMap(const YAML::Node& node, const std::string& key_path);
  /// Warns about keys of `map` that are not in `known` (likely typos).
  void WarnUnknownKeys(const YAML::Node& map, std::initializer_list<const char*> known,
                       const std::string& key_path);

  void Error(const YAML::Node& node, std::string message) {
    diags_.Error(At(node), std::move(message));
  }
  void Warning(const YAML::Node& node, std::string message) {
    diags_.Warning(At(node), std::move(message));
  }
  const std::string& path() const { return path_; }
  Diagnostics& diags() { return diags_; }
  void set_line_offset(int offset) { line_offset_ = offset; }

 private:
  std::string path_;
  Diagnostics& diags_;
  int line_offset_ = 0;
};

/// "budgets" + 3 -> "budgets[3]"; "site" + "contact" -> "site.contact".
std::string KeyPath(const std::string& base, size_t index);
std::string KeyPath(const std::string& base, const char* key);

}  // namespace renkei
