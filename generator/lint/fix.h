// `renkei check --fix`: writes the mechanical lint fixes (full-width
// alphanumerics, half-width kana, misread characters, spaces inside words)
// into the content files, keeping each file's encoding (UTF-8, UTF-8 with BOM
// or CP932) and line ends, and never touching a file that has errors.
#pragma once

#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "lint/lint.h"

namespace renkei {

/// Applies `edits` (all for one file) to the file's raw `bytes`. Returns the
/// new bytes; `log` gets one line per edit made ("line:column: fixed: ...") or
/// not made. An empty optional (with `*error`) when the file cannot be
/// rewritten safely (undecodable, bare CR line ends, unencodable result).
std::optional<std::string> ApplyEdits(const std::string& bytes, const std::vector<TextEdit>& edits,
                                      std::vector<std::string>* log, std::string* error);

/// Applies the edits of every finding to its file and writes it atomically
/// (temporary file, then rename). Files in `files_with_errors` are left alone.
/// Prints what changed to `out`; returns how many files were rewritten.
int ApplyLintFixes(const LintReport& report, const std::set<std::string>& files_with_errors,
                   std::ostream& out);

}  // namespace renkei
