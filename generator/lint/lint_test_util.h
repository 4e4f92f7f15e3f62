// Test helpers for lint/: run the checks on one page held in memory.
#pragma once

#include <string>
#include <vector>

#include "lint/lint.h"

namespace renkei::lint_test {

/// A Library with one page "p.md" whose body (starting at file line
/// `body_line`) is `markdown`.
inline Library PageLibrary(const std::string& markdown, int body_line = 1) {
  Library lib;
  Page page;
  page.source = "p.md";
  page.title = "テスト";
  page.where = {"p.md", 1, 1};
  page.body_markdown = markdown;
  page.body_line = body_line;
  lib.pages.push_back(page);
  return lib;
}

/// "line:column check" for each finding, in order.
inline std::vector<std::string> Places(const LintReport& r) {
  std::vector<std::string> out;
  for (const LintFinding& f : r.findings)
    out.push_back(std::to_string(f.diagnostic.where.line) + ":" +
                  std::to_string(f.diagnostic.where.column) + " " + f.check);
  return out;
}

/// The findings of `check` for a page with `markdown`.
inline std::vector<LintFinding> Findings(const std::string& markdown, const std::string& check,
                                         Library lib = Library()) {
  Library page = PageLibrary(markdown);
  page.site = lib.site;
  Diagnostics d;
  std::vector<LintFinding> out;
  for (const LintFinding& f : Lint(page, d).findings)
    if (f.check == check) out.push_back(f);
  return out;
}

}  // namespace renkei::lint_test
