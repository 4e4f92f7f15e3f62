#include "load/plain_yaml.h"

#include <string>
#include <unordered_set>

namespace renkei {

namespace {

bool IsKeyChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool IsNullWord(std::string_view v) {
  return v == "~" || v == "null" || v == "Null" || v == "NULL";
}

// A plain scalar that YAML reads as exactly these bytes, as text.
bool IsSafePlain(std::string_view v) {
  if (v.empty()) return false;
  // Indicators that start something else: quotes, flow collections, anchors,
  // aliases, tags, block scalars, directives, list items, comments.
  static constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  if (kIndicators.find(v.front()) != std::string_view::npos) return false;
  if (v.find(": ") != std::string_view::npos || v.find(" #") != std::string_view::npos ||
      v.back() == ':')
    return false;
  return !IsNullWord(v);  // null words make a null node, not text
}

// True when every character is one YAML lets stand anywhere, comments
// included: libyaml refuses a document with control characters (C0 but line
// feed, DEL, C1), a BOM inside it or U+FFFE/U+FFFF, and reads NEL, LS and PS
// as line breaks.
bool AllPrintable(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7F) return false;
    const auto next = [&](size_t k) {
      return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
    };
    if (c == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) return false;  // C1, NEL
    if (c == 0xE2 && next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)) return false;
    if (c == 0xEF && next(1) == 0xBB && next(2) == 0xBF) return false;  // BOM
    if (c == 0xEF && next(1) == 0xBF && (next(2) == 0xBE || next(2) == 0xBF)) return false;
  }
  return true;
}

struct Line {
  std::string_view text;
  size_t indent = 0;
};

bool IsSkippable(std::string_view line) {
  const std::string_view t = TrimSpaces(line);
  return t.empty() || t.front() == '#';
}

}  // namespace

std::optional<PlainMapping> ParsePlainMapping(std::string_view text) {
  if (!AllPrintable(text)) return std::nullopt;
  PlainMapping doc;
  std::unordered_set<std::string_view> keys;
  size_t list_indent = 0;
  bool list_open = false;  // the last entry is a list taking items
  bool pending = false;    // the last entry is a `key:` that must be followed by items
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    const std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    if (IsSkippable(line)) continue;
    size_t indent = 0;
    while (indent < line.size() && line[indent] == ' ') ++indent;
    const std::string_view rest = line.substr(indent);
    if (rest.starts_with("- ")) {
      // An item of the list under the last `key:`, all at one indentation.
      if (!pending && !list_open) return std::nullopt;
      if (list_open && indent != list_indent) return std::nullopt;
      const std::string_view item = TrimSpaces(rest.substr(2));
      if (!IsSafePlain(item)) return std::nullopt;
      if (!list_open) {
        list_indent = indent;
        list_open = true;
        pending = false;
        doc.back().is_list = true;
      }
      doc.back().items.push_back(item);
      continue;
    }
    if (indent != 0 || pending) return std::nullopt;  // a continuation, or `key:` with no items
    list_open = false;
    size_t k = 0;
    while (k < rest.size() && IsKeyChar(rest[k])) ++k;
    if (k == 0 || k >= rest.size() || rest[k] != ':' || rest[0] == '-') return std::nullopt;
    const std::string_view key = rest.substr(0, k);
    if (IsNullWord(key)) return std::nullopt;
    if (!keys.insert(key).second) return std::nullopt;  // yaml-cpp decides about duplicates
    const std::string_view after = rest.substr(k + 1);
    if (!after.empty() && after.front() != ' ') return std::nullopt;
    const std::string_view value = TrimSpaces(after);
    doc.push_back({key, value, {}, false});
    if (value.empty()) {
      pending = true;
      continue;
    }
    if (!IsSafePlain(value)) return std::nullopt;
  }
  if (pending || doc.empty()) return std::nullopt;
  return doc;
}

YAML::Node PlainMappingNode(const PlainMapping& mapping) {
  YAML::Node doc(YAML::NodeType::Map);
  for (const PlainEntry& e : mapping) {
    if (!e.is_list) {
      doc[std::string(e.key)] = std::string(e.text);
      continue;
    }
    YAML::Node list(YAML::NodeType::Sequence);
    for (const std::string_view item : e.items) list.push_back(std::string(item));
    doc[std::string(e.key)] = list;
  }
  return doc;
}

bool SameYamlValue(const YAML::Node& a, const YAML::Node& b) {
  if (a.Type() != b.Type()) return false;
  switch (a.Type()) {
    case YAML::NodeType::Scalar:
      return a.Scalar() == b.Scalar();
    case YAML::NodeType::Sequence:
    case YAML::NodeType::Map: {
      if (a.size() != b.size()) return false;
      for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end(); ++i, ++j) {
        const bool same =
            a.IsMap() ? SameYamlValue(i->first, j->first) && SameYamlValue(i->second, j->second)
                      : SameYamlValue(*i, *j);
        if (!same) return false;
      }
      return true;
    }
    default:
      return true;
  }
}

}  // namespace renkei
