// Runs the checks on every page (front matter title and description, then the
// Markdown body) and on the text fields of the records (records.cc), with the
// silencing of site.yaml `lint.ignore`, the page's `lint_ignore:` and
// <!-- lint-ignore ... --> comments.
#include "lint/lint.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <regex>

#include "lint/checks.h"
#include "util/text.h"

namespace renkei {

const std::vector<std::string>& LintCheckIds() {
  static const std::vector<std::string> kIds = {"fullwidth-alnum", "halfwidth-kana", "misread-char",
                                                "spaced-word",     "link-text",      "date-year",
                                                "image-alt",       "table-header",   "heading-skip",
                                                "color-only",      "long-sentence",  "kanji-run"};
  return kIds;
}

namespace lint {

std::string DisplayPath(const Library& lib, const std::string& relative) {
  if (lib.content_dir.empty() || lib.content_dir == ".") return relative;
  return lib.content_dir + "/" + relative;
}

std::set<std::string> FileIgnores(const Library& lib, const std::string& display_path) {
  for (const auto& [file, checks] : lib.site.lint.ignore)
    if (DisplayPath(lib, file) == display_path) return {checks.begin(), checks.end()};
  return {};
}

namespace {

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    out.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

void ValidateIds(const std::vector<std::string>& ids, const Location& where,
                 const std::string& what, Diagnostics& diags) {
  const auto& known = LintCheckIds();
  for (const std::string& id : ids) {
    if (std::find(known.begin(), known.end(), id) != known.end()) continue;
    std::string all;
    for (const std::string& k : known) all += (all.empty() ? "" : ", ") + k;
    diags.Warning(
        where, "unknown lint check \"" + Abbreviate(id) + "\" in " + what + ": use one of " + all);
  }
}

// <!-- lint-ignore a b --> (Markdown) or # lint-ignore a b (front matter):
// on a line of its own it silences the next line with text, else its own line.
void CollectLineIgnores(const std::vector<std::string_view>& lines, int first_line,
                        const Location& page, std::map<int, std::set<std::string>>* out,
                        Diagnostics& diags) {
  static const std::regex kComment(R"((<!--|#)\s*lint-ignore\s+([a-z, -]+?)\s*(-->|$))");
  std::vector<std::string> pending;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string line(lines[i]);
    const int file_line = first_line + static_cast<int>(i);
    std::smatch m;
    // The regex only where the word is: running it on every line was a sixth of `check`.
    const bool comment =
        line.find("lint-ignore") != std::string::npos && std::regex_search(line, m, kComment);
    if (!pending.empty() && !Trim(line).empty() && !comment) {
      (*out)[file_line].insert(pending.begin(), pending.end());
      pending.clear();
    }
    if (!comment) continue;
    std::vector<std::string> ids;
    for (const std::string& id : Split(std::regex_replace(m[2].str(), std::regex(","), " "), ' '))
      if (!id.empty()) ids.push_back(id);
    ValidateIds(ids, {page.path, file_line, static_cast<int>(Utf8Length(m.prefix().str())) + 1},
                "a lint-ignore comment", diags);
    if (Trim(m.prefix().str() + m.suffix().str()).empty()) {
      pending.insert(pending.end(), ids.begin(), ids.end());
    } else {
      (*out)[file_line].insert(ids.begin(), ids.end());
    }
  }
}

// A front matter text at its place: yaml-cpp gives the line and byte column of
// `node`; a quoted value starts one further.
void CheckFrontMatterText(const Page& page, const std::vector<std::string_view>& lines,
                          const YAML::Node& node, const std::string& label,
                          const std::string& value, Sink& sink) {
  if (value.empty()) return;
  Location where = page.where;
  bool exact = false;
  if (node && !node.Mark().is_null()) {
    const YAML::Mark m = node.Mark();
    if (m.line >= 0 && m.line < static_cast<int>(lines.size())) {
      const std::string_view line = lines[m.line];
      size_t byte = std::min<size_t>(m.column, line.size());
      if (byte < line.size() && (line[byte] == '"' || line[byte] == '\'')) ++byte;
      where = {page.where.path, page.front_matter_line + m.line,
               static_cast<int>(Utf8Length(line.substr(0, byte))) + 1};
      exact = line.substr(byte).starts_with(value);
    }
  }
  lint::LintText text(lint::TextKind::kField, "`" + label + "`");
  text.Append(value, where, exact);
  CheckText(text, sink);
}

// title, description, tags and the page's own keys (venue, event_date ...),
// which templates show to residents.
void CheckFrontMatter(const Page& page, Sink& sink) {
  YAML::Node fm;
  try {
    fm = YAML::Load(page.front_matter.str());
  } catch (const std::exception&) {
    // The loader reported it; places fall back to the page.
  }
  if (!fm.IsMap()) fm = YAML::Node(YAML::NodeType::Map);
  const std::vector<std::string_view> lines = Lines(page.front_matter);
  auto list = [&](const std::string& key, const std::vector<std::string>& values) {
    const YAML::Node n = fm[key];
    for (size_t i = 0; i < values.size(); ++i)
      CheckFrontMatterText(page, lines, n && n.IsSequence() && i < n.size() ? n[i] : n, key,
                           values[i], sink);
  };
  CheckFrontMatterText(page, lines, fm["title"], "title", page.title, sink);
  CheckFrontMatterText(page, lines, fm["description"], "description", page.description, sink);
  list("tags", page.tags);
  for (const auto& [key, param] : page.params) {
    if (key == "lint_ignore") continue;
    if (param.is_list)
      list(key, param.list);
    else
      CheckFrontMatterText(page, lines, fm[key], key, param.scalar, sink);
  }
}

void LintPage(const Library& lib, const Page& page, Sink& sink, Diagnostics& diags) {
  std::set<std::string> ignored = FileIgnores(lib, page.where.path);
  auto param = page.params.find("lint_ignore");
  if (param != page.params.end()) {
    std::vector<std::string> ids =
        param->second.is_list ? param->second.list : std::vector<std::string>{param->second.scalar};
    ValidateIds(ids, page.where, "`lint_ignore`", diags);
    ignored.insert(ids.begin(), ids.end());
  }
  const std::vector<std::string_view> body = Lines(page.body_markdown);
  std::map<int, std::set<std::string>> line_ignored;
  CollectLineIgnores(Lines(page.front_matter), page.front_matter_line, page.where, &line_ignored,
                     diags);
  CollectLineIgnores(body, page.body_line, page.where, &line_ignored, diags);
  sink.BeginFile(std::move(ignored), std::move(line_ignored));

  CheckFrontMatter(page, sink);
  MarkdownSource src{page.where.path, body, page.body_line, page.where, ""};
  LintMarkdown(page.body_markdown, src, sink);
}

}  // namespace
}  // namespace lint

LintReport Lint(const Library& lib, Diagnostics& diags) {
  LintReport report;
  const LintSettings& settings = lib.site.lint;
  const Location at = settings.where.line > 0 ? settings.where : lib.site.where;
  lint::ValidateIds(settings.disable, at, "lint.disable", diags);
  for (const auto& [file, checks] : settings.ignore)
    lint::ValidateIds(checks, at, "lint.ignore." + file, diags);
  lint::Sink sink(settings, &report);
  for (const Page& page : lib.pages) lint::LintPage(lib, page, sink, diags);
  lint::LintRecords(lib, sink);
  return report;
}

void AddLintDiagnostics(const LintReport& report, bool strict, Diagnostics& diags) {
  for (const LintFinding& f : report.findings) {
    Diagnostic d = f.diagnostic;
    if (strict && d.severity == Severity::kWarning) d.severity = Severity::kError;
    d.message += " [" + f.check + "]";
    diags.Add(std::move(d));
  }
}

}  // namespace renkei
