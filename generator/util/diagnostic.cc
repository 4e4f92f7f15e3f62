#include "util/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace renkei {

namespace {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "error";
}

std::string Plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

void Diagnostics::Error(const Location& where, std::string message) {
  Add({where, Severity::kError, std::move(message)});
}
void Diagnostics::Warning(const Location& where, std::string message) {
  Add({where, Severity::kWarning, std::move(message)});
}
void Diagnostics::Info(const Location& where, std::string message) {
  Add({where, Severity::kInfo, std::move(message)});
}
void Diagnostics::Add(Diagnostic d) {
  // A message must stay on one line: a newline in a bad value would split it.
  for (char& c : d.message)
    if (c == '\n' || c == '\r') c = ' ';
  list_.push_back(std::move(d));
}

int Diagnostics::error_count() const {
  return static_cast<int>(std::count_if(list_.begin(), list_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::kError;
  }));
}
int Diagnostics::warning_count() const {
  return static_cast<int>(std::count_if(list_.begin(), list_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::kWarning;
  }));
}

std::string FormatDiagnostic(const Diagnostic& d) {
  std::string s = d.where.path;
  if (d.where.line > 0) s += ":" + std::to_string(d.where.line);
  if (d.where.column > 0) s += ":" + std::to_string(d.where.column);
  s += ": ";
  s += SeverityName(d.severity);
  s += ": ";
  s += d.message;
  return s;
}

void Diagnostics::Print(std::ostream& out) const {
  std::vector<const Diagnostic*> sorted;
  for (const Diagnostic& d : list_) sorted.push_back(&d);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic* a, const Diagnostic* b) {
    return std::tie(a->where.path, a->where.line, a->where.column) <
           std::tie(b->where.path, b->where.line, b->where.column);
  });
  for (const Diagnostic* d : sorted) out << FormatDiagnostic(*d) << '\n';
  int infos = static_cast<int>(list_.size()) - error_count() - warning_count();
  std::string summary = Plural(error_count(), "error") + ", " + Plural(warning_count(), "warning");
  if (infos > 0) summary += ", " + Plural(infos, "note");
  out << summary << '\n';
}

}  // namespace renkei
