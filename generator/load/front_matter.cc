#include "load/front_matter.h"

namespace renkei {

namespace {
bool IsFence(std::string_view line, bool closing) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---" || (closing && line == "...");
}
}  // namespace

std::optional<FrontMatterSplit> SplitFrontMatter(std::string_view text) {
  size_t eol = text.find('\n');
  if (eol == std::string_view::npos || !IsFence(text.substr(0, eol), false)) return std::nullopt;
  size_t pos = eol + 1;
  int line = 2;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    if (IsFence(text.substr(pos, end - pos), true)) {
      FrontMatterSplit s;
      s.yaml = text.substr(eol + 1, pos - eol - 1);
      s.body = end < text.size() ? text.substr(end + 1) : std::string_view();
      s.yaml_line = 2;
      s.body_line = line + 1;
      return s;
    }
    if (end == text.size()) break;
    pos = end + 1;
    ++line;
  }
  return std::nullopt;
}

}  // namespace renkei
