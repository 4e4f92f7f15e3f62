#include "load/yaml_reader.h"

#include <yaml-cpp/depthguard.h>
#include <yaml.h>

#include <algorithm>
#include <cstring>

#include "util/text.h"

namespace renkei {

namespace {

const char* KindName(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Null:
      return "empty";
    default:
      return "text";
  }
}

// yaml-cpp 0.7 accepts some broken documents (a double-quoted scalar left
// open until the end of the file becomes a value), so libyaml's event parser,
// which follows the spec strictly and never recurses, checks the text first.
struct SyntaxProblem {
  int line = 0, column = 0;
  std::string message;
};
std::optional<SyntaxProblem> CheckSyntax(const std::string& text) {
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) return std::nullopt;
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  std::optional<SyntaxProblem> problem;
  for (;;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      // With a context ("while scanning a quoted scalar") the context mark is
      // where the broken construct opens, which is what the author must fix.
      const yaml_mark_t& mark = parser.context ? parser.context_mark : parser.problem_mark;
      SyntaxProblem p;
      p.line = static_cast<int>(mark.line) + 1;
      p.column = static_cast<int>(mark.column) + 1;
      p.message = parser.problem ? parser.problem : "invalid YAML";
      if (parser.context)
        p.message = std::string(parser.context) + " that starts here: " + p.message;
      problem = p;
      break;
    }
    const bool end = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (end) break;
  }
  yaml_parser_delete(&parser);
  return problem;
}

}  // namespace

std::string KeyPath(const std::string& base, size_t index) {
  return base + "[" + std::to_string(index) + "]";
}
std::string KeyPath(const std::string& base, const char* key) {
  return base.empty() ? std::string(key) : base + "." + key;
}

std::optional<YAML::Node> YamlReader::Parse(const std::string& text) {
  if (auto problem = CheckSyntax(text)) {
    diags_.Error({path_, problem->line + line_offset_, problem->column},
                 "YAML syntax: " + problem->message);
    return std::nullopt;
  }
  try {
    return YAML::Load(text);
  } catch (const YAML::DeepRecursion& e) {
    diags_.Error({path_, e.mark.line + 1 + line_offset_, e.mark.column + 1},
                 "YAML nesting is too deep: content files need only a few levels");
  } catch (const YAML::Exception& e) {
    Location where{path_, 0, 0};
    if (!e.mark.is_null()) where = {path_, e.mark.line + 1 + line_offset_, e.mark.column + 1};
    diags_.Error(where, "YAML syntax: " + e.msg);
  } catch (const std::exception& e) {
    diags_.Error({path_, 0, 0}, std::string("YAML could not be read: ") + e.what());
  }
  return std::nullopt;
}

Location YamlReader::At(const YAML::Node& node) const {
  const YAML::Mark m = node.Mark();
  if (m.is_null()) return {path_, 0, 0};
  return {path_, m.line + 1 + line_offset_, m.column + 1};
}

std::string YamlReader::Text(const YAML::Node& map, const char* key, const std::string& key_path,
                             bool required) {
  const std::string where = KeyPath(key_path, key);
  const YAML::Node n = map.IsMap() ? map[key] : YAML::Node();
  if (!n || n.IsNull()) {
    if (required) diags_.Error(At(map), "missing required field `" + where + "`");
    return "";
  }
  if (!n.IsScalar()) {
    Error(n, "`" + where + "` must be text, not " + KindName(n));
    return "";
  }
  return n.Scalar();
}

std::vector<std::string> YamlReader::TextList(const YAML::Node& map, const char* key,
                                              const std::string& key_path) {
  const std::string where = KeyPath(key_path, key);
  const YAML::Node n = map.IsMap() ? map[key] : YAML::Node();
  std::vector<std::string> out;
  if (!n || n.IsNull()) return out;
  if (n.IsScalar()) return {n.Scalar()};
  if (!n.IsSequence()) {
    Error(n, "`" + where + "` must be a list of texts, not " + KindName(n));
    return out;
  }
  for (size_t i = 0; i < n.size(); ++i) {
    if (n[i].IsScalar()) {
      out.push_back(n[i].Scalar());
    } else {
      Error(n[i], "`" + KeyPath(where, i) + "` must be text, not " + KindName(n[i]));
    }
  }
  return out;
}

std::optional<long long> YamlReader::Integer(const YAML::Node& map, const char* key,
                                             const std::string& key_path) {
  const std::string text = NormalizeFieldText(Text(map, key, key_path));
  if (text.empty()) return std::nullopt;
  const bool digits = std::all_of(text.begin() + (text[0] == '-' ? 1 : 0), text.end(),
                                  [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || text.size() > 15 || text == "-") {
    Error(map[key], "`" + KeyPath(key_path, key) + "` must be a whole number, not \"" +
                        Abbreviate(text) + "\"");
    return std::nullopt;
  }
  return std::stoll(text);
}

bool YamlReader::Boolean(const YAML::Node& map, const char* key, const std::string& key_path,
                         bool fallback) {
  const std::string text = Text(map, key, key_path);
  if (text.empty()) return fallback;
  if (text == "true" || text == "yes" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "no" || text == "False" || text == "FALSE") return false;
  Error(map[key],
        "`" + KeyPath(key_path, key) + "` must be true or false, not \"" + Abbreviate(text) + "\"");
  return fallback;
}

bool YamlReader::ExpectSequence(const YAML::Node& node, const std::string& key_path) {
  if (node.IsSequence()) return true;
  if (!node.IsNull()) Error(node, "`" + key_path + "` must be a list, not " + KindName(node));
  return false;
}

bool YamlReader::ExpectMap(const YAML::Node& node, const std::string& key_path) {
  if (node.IsMap()) return true;
  Error(node, "`" + key_path + "` must be a mapping of `key: value` lines, not " + KindName(node));
  return false;
}

void YamlReader::WarnUnknownKeys(const YAML::Node& map, std::initializer_list<const char*> known,
                                 const std::string& key_path) {
  if (!map.IsMap()) return;
  for (const auto& kv : map) {
    if (!kv.first.IsScalar()) continue;
    const std::string& k = kv.first.Scalar();
    const bool ok = std::any_of(known.begin(), known.end(), [&](const char* s) { return k == s; });
    if (!ok) Warning(kv.first, "unknown field `" + KeyPath(key_path, k.c_str()) + "` is ignored");
  }
}

}  // namespace renkei
