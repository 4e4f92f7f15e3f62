// The Japanese text checks of `renkei check` (docs/lint.md): a stage between
// load and render that reads the Library's pages and the text fields of its
// records and reports what screen readers and elderly readers stumble over,
// which browsers' accessibility checkers cannot see.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/library.h"
#include "util/diagnostic.h"

namespace renkei {

/// One replacement --fix may make: `before` at `where` becomes `after`. When
/// `exact` is false (a record field), the column is unknown and `before` is
/// looked for from `where.line` on.
struct TextEdit {
  Location where;
  bool exact = true;
  std::string before, after;
};

struct LintFinding {
  std::string check;  ///< Its id, e.g. "fullwidth-alnum".
  Diagnostic diagnostic;
  std::optional<TextEdit> edit;  ///< Set for the mechanical ones --fix rewrites.
};

struct LintReport {
  std::vector<LintFinding> findings;  ///< What was not silenced.
  int silenced = 0;  ///< Findings silenced by a comment, front matter or `lint.ignore`.
};

/// Every check id, in the order docs/lint.md lists them.
const std::vector<std::string>& LintCheckIds();

/// Runs the checks on every page and record text of `lib`, with the settings
/// of `lib.site.lint`. Mistakes in those settings and in silencing comments
/// (unknown check ids) are added to `diags` as warnings.
LintReport Lint(const Library& lib, Diagnostics& diags);

/// Adds the findings to `diags`. With `strict` their warnings become errors;
/// notes (info) stay notes.
void AddLintDiagnostics(const LintReport& report, bool strict, Diagnostics& diags);

}  // namespace renkei
