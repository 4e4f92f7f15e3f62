// The text checks and --fix on one page built from the input: the bytes up to
// the first "\n---\n" are the front matter, the rest the Markdown body. Every
// finding must have a place inside the page, and applying the fixes to the
// page's own bytes must not fail on UTF-8 input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lint/fix.h"
#include "lint/lint.h"
#include "util/text.h"

using namespace renkei;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  if (!IsValidUtf8(input) || input.find('\r') != std::string::npos) return 0;
  const size_t split = input.find("\n---\n");
  Library lib;
  Page page;
  page.where = {"p.md", 1, 1};
  page.front_matter = split == std::string::npos ? "" : input.substr(0, split + 1);
  page.body_markdown = split == std::string::npos ? input : input.substr(split + 5);
  page.front_matter_line = 2;
  int lines = 1;
  for (char c : page.front_matter.view()) lines += c == '\n';
  page.body_line = 2 + lines;
  page.title = "t";
  lib.site.lint.allow = {"ＡＢ"};
  lib.pages.push_back(page);
  Diagnostics diags;
  LintReport report = Lint(lib, diags);
  std::vector<TextEdit> edits;
  for (const LintFinding& f : report.findings) {
    if (f.diagnostic.where.line < 0 || f.diagnostic.where.column < 0) __builtin_trap();
    if (f.edit) edits.push_back(*f.edit);
  }
  const std::string file = "---\n" + page.front_matter.str() + "---\n" + page.body_markdown.str();
  std::vector<std::string> log;
  std::string error;
  if (!ApplyEdits(file, edits, &log, &error)) __builtin_trap();
  return 0;
}
