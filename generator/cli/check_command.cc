// `renkei check [--strict] [--fix] [CONTENT_DIR]`: load and validate, run the
// Japanese text checks (lint/), optionally fix the mechanical ones, print
// every problem.
#include <filesystem>
#include <iostream>
#include <set>

#include "cli/commands.h"
#include "lint/fix.h"
#include "lint/lint.h"
#include "load/content_loader.h"

namespace renkei {

int RunCheck(const std::vector<std::string>& args) {
  std::string dir = "content";
  bool dir_given = false, strict = false, fix = false;
  for (const std::string& a : args) {
    if (a == "--strict") {
      strict = true;
      continue;
    }
    if (a == "--fix") {
      fix = true;
      continue;
    }
    if (!a.empty() && a[0] == '-') {
      std::cerr << "renkei check: unknown option '" << a << "' (see: renkei help check)\n";
      return kExitUsage;
    }
    if (dir_given) {
      std::cerr
          << "renkei check: give one content directory, not several (see: renkei help check)\n";
      return kExitUsage;
    }
    dir = a;
    dir_given = true;
  }
  Diagnostics diags;
  Library lib;
  if (!LoadContent(dir, diags, &lib)) {
    std::cerr << "renkei check: content directory '" << dir << "' does not exist\n";
    return kExitUsage;
  }
  LintReport report = Lint(lib, diags);
  if (fix) {
    std::set<std::string> files_with_errors;
    for (const Diagnostic& d : diags.all())
      if (d.severity == Severity::kError) files_with_errors.insert(d.where.path);
    if (ApplyLintFixes(report, files_with_errors, std::cout) > 0) {
      // Report what is left, as a fresh run would.
      diags = Diagnostics();
      lib = Library();
      LoadContent(dir, diags, &lib);
      report = Lint(lib, diags);
    }
  }
  AddLintDiagnostics(report, strict, diags);
  diags.Print(std::cout);
  if (report.silenced > 0)
    std::cout << report.silenced << " lint finding" << (report.silenced == 1 ? "" : "s")
              << " silenced (lint-ignore comments, lint_ignore: in front matter, lint.ignore in "
                 "site.yaml)\n";
  return diags.has_errors() ? kExitDataError : kExitOk;
}

}  // namespace renkei
