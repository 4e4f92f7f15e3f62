// Internal to lint/: the sink every check reports to, and the checks, one
// family per file (characters, spacing, links, dates, structure, readability).
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "lint/lint.h"
#include "lint/lint_text.h"

namespace renkei::lint {

/// Collects findings, applying the settings and the silencing of the file
/// being checked.
class Sink {
 public:
  Sink(const LintSettings& settings, LintReport* report) : settings_(settings), report_(report) {}

  const LintSettings& settings() const { return settings_; }
  /// Starts a file: `ignored` checks are silenced in all of it, `line_ignored`
  /// on single lines (from <!-- lint-ignore ... --> comments).
  void BeginFile(std::set<std::string> ignored, std::map<int, std::set<std::string>> line_ignored);
  /// False when site.yaml turned `check` off (then it need not run).
  bool Enabled(std::string_view check) const;

  /// Reports bytes [begin, end) of `text`. With `replacement`, --fix may write
  /// it instead (when the place is exact).
  void Report(std::string_view check, Severity severity, const LintText& text, size_t begin,
              size_t end, const std::string& message, const std::string* replacement = nullptr);
  void ReportAt(std::string_view check, Severity severity, const Location& where,
                const std::string& message);
  /// Prefixes ReportAt messages with `label` (the field of record Markdown).
  void set_label(std::string label) { label_ = std::move(label); }

 private:
  bool Silenced(std::string_view check, int line);

  const LintSettings& settings_;
  LintReport* report_;
  std::set<std::string> ignored_;
  std::map<int, std::set<std::string>> line_ignored_;
  std::string label_;
};

/// Quotes a piece of text for a message: "ＡＢＣ" (shortened when long).
std::string Quote(std::string_view s);

/// The plain form of a character screen readers misread ("①" -> "(1)", "㈱" ->
/// "(株)"), "" for any other character (characters.cc).
std::string PlainForm(char32_t c);
/// Half-width katakana as full-width, sound marks joined: ｶﾞｲﾄﾞ -> ガイド.
std::string FullwidthKana(std::string_view s);

// Text checks; each looks only at bytes marked Mark::kText (or kRubyBase).
void CheckCharacters(const LintText& text, Sink& sink);   // characters.cc
void CheckSpacing(const LintText& text, Sink& sink);      // spacing.cc
void CheckDates(const LintText& text, Sink& sink);        // dates.cc
void CheckColorWords(const LintText& text, Sink& sink);   // structure.cc
void CheckReadability(const LintText& text, Sink& sink);  // readability.cc
/// All of the above, after marking ruby and allowed words.
void CheckText(LintText& text, Sink& sink);

/// Link text that says nothing out of context (links.cc). `text` is what the
/// link shows, `url` where it goes.
void CheckLinkText(std::string_view text, std::string_view url, const Location& where, Sink& sink);

// Structure checks (structure.cc).
void CheckImageAlt(std::string_view alt, std::string_view url, const Location& where, Sink& sink);
void CheckTableHeader(bool header_empty, const Location& where, Sink& sink);
/// `previous` is the level of the heading before (1 = the page title); updated.
void CheckHeadingLevel(int level, int* previous, std::string_view title, const Location& where,
                       Sink& sink);
/// Raw HTML in Markdown: <img> without alt, <table> without <th>, colour styles.
void CheckHtml(std::string_view html, const Location& where, Sink& sink);

/// Where Markdown text comes from: a page body (exact places) or a record
/// field (everything reported at the record).
struct MarkdownSource {
  std::string path;
  std::vector<std::string_view> lines;  ///< The Markdown's lines; empty when not exact.
  int first_line = 1;                   ///< File line of lines[0].
  Location fallback;                    ///< Used when a place cannot be exact.
  std::string label;                    ///< Field name for record text, "" for pages.
  int outer_heading = 1;                ///< Level of the heading the text sits under.
};

/// Parses Markdown with cmark-gfm and runs the text checks on every block and
/// the structure checks (links, images, tables, headings) (markdown.cc).
void LintMarkdown(std::string_view markdown, const MarkdownSource& source, Sink& sink);

/// "content" + "status/2015.csv" -> "content/status/2015.csv".
std::string DisplayPath(const Library& lib, const std::string& relative);
/// The checks site.yaml `lint.ignore` silences in the file at `display_path`.
std::set<std::string> FileIgnores(const Library& lib, const std::string& display_path);
/// The text fields of site.yaml and the records (records.cc).
void LintRecords(const Library& lib, Sink& sink);

}  // namespace renkei::lint
