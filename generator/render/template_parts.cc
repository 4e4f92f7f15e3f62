#include "render/template_parts.h"

#include <algorithm>

#include "util/text.h"

namespace renkei {

namespace {

void AddName(std::vector<std::string>* names, std::string_view name) {
  // What a lookup of "a.b" starts from is "a".
  if (name != ".") name = name.substr(0, name.find('.'));
  if (std::find(names->begin(), names->end(), name) == names->end()) names->emplace_back(name);
}

struct Line {
  size_t begin = 0, end = 0;
  std::vector<std::string> names;
};

/// The lines of `text`, each ending after a line break outside any section
/// (the last one may end without); false when the text cannot be cut safely.
bool CutLines(std::string_view text, std::vector<Line>* lines) {
  int depth = 0;
  Line line;
  for (size_t i = 0; i < text.size();) {
    if (text.compare(i, 2, "{{") == 0) {
      // As kainjow reads a tag: {{{name}}} unescaped, else up to the first }}.
      const bool triple = i + 2 < text.size() && text[i + 2] == '{';
      const std::string_view end = triple ? "}}}" : "}}";
      const size_t open = i + (triple ? 3 : 2);
      const size_t close = text.find(end, open);
      if (close == std::string_view::npos) return false;
      // Trimmed as kainjow trims, and of U+3000 too, which kainjow keeps: a
      // name then matches a varying key more often, never less (the safe side).
      std::string tag = Trim(text.substr(open, close - open));
      i = close + end.size();
      const char kind = triple || tag.empty() ? '&' : tag[0];
      if (!triple && std::string_view("#^/&!>=").find(kind) != std::string_view::npos)
        tag = Trim(std::string_view(tag).substr(1));
      if (kind == '>' || kind == '=') return false;  // partials are expanded before
      if (kind == '!') continue;
      if (kind == '/' && --depth < 0) return false;
      if (kind == '#' || kind == '^') ++depth;
      if (kind != '/') AddName(&line.names, tag);
      continue;
    }
    if (text[i++] == '\n' && depth == 0) {
      line.end = i;
      lines->push_back(std::move(line));
      line = Line{i, i, {}};
    }
  }
  if (depth != 0) return false;
  line.end = text.size();
  if (line.end > line.begin) lines->push_back(std::move(line));
  return true;
}

bool NamesAny(const std::vector<std::string>& names, const std::vector<std::string>& varying) {
  return std::any_of(names.begin(), names.end(), [&varying](const std::string& n) {
    return n == "." || std::find(varying.begin(), varying.end(), n) != varying.end();
  });
}

}  // namespace

bool TemplatePart::Reads(std::string_view name) const {
  return whole || std::find(names.begin(), names.end(), name) != names.end();
}

std::vector<TemplatePart> CutTemplate(std::string_view text,
                                      const std::vector<std::string>& varying) {
  std::vector<Line> lines;
  if (!CutLines(text, &lines)) {
    TemplatePart whole{std::string(text), {}, false};
    whole.whole = true;
    return {whole};
  }
  std::vector<TemplatePart> parts;
  for (const Line& line : lines) {
    const bool fixed = !NamesAny(line.names, varying);
    if (parts.empty() || parts.back().fixed != fixed) parts.push_back({{}, {}, fixed});
    TemplatePart& part = parts.back();
    part.text.append(text.substr(line.begin, line.end - line.begin));
    for (const std::string& n : line.names) AddName(&part.names, n);
  }
  return parts;
}

}  // namespace renkei
