// Diagnostics are values: every stage appends to one list, and the CLI prints
// them once, sorted, so a run reports all problems instead of the first.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace renkei {

enum class Severity { kError, kWarning, kInfo };

/// A place in an input file. line and column are 1-based; 0 means unknown.
struct Location {
  std::string path;
  int line = 0;
  int column = 0;
  friend bool operator==(const Location&, const Location&) = default;
};

struct Diagnostic {
  Location where;
  Severity severity = Severity::kError;
  std::string message;
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// Collects diagnostics of a whole run.
class Diagnostics {
 public:
  void Error(const Location& where, std::string message);
  void Warning(const Location& where, std::string message);
  void Info(const Location& where, std::string message);
  void Add(Diagnostic d);

  int error_count() const;
  int warning_count() const;
  bool has_errors() const { return error_count() > 0; }
  const std::vector<Diagnostic>& all() const { return list_; }

  /// Prints "path:line:column: error: message" lines sorted by path, line and
  /// column, then a summary line such as "3 errors, 1 warning".
  void Print(std::ostream& out) const;

 private:
  std::vector<Diagnostic> list_;
};

/// Formats one diagnostic as a single line (no newline).
std::string FormatDiagnostic(const Diagnostic& d);

}  // namespace renkei
