#include <algorithm>

#include "lint/checks.h"
#include "util/text.h"

namespace renkei::lint {

std::string Quote(std::string_view s) { return "\"" + Abbreviate(s, 40) + "\""; }

void Sink::BeginFile(std::set<std::string> ignored,
                     std::map<int, std::set<std::string>> line_ignored) {
  ignored_ = std::move(ignored);
  line_ignored_ = std::move(line_ignored);
}

bool Sink::Enabled(std::string_view check) const {
  return std::find(settings_.disable.begin(), settings_.disable.end(), check) ==
         settings_.disable.end();
}

bool Sink::Silenced(std::string_view check, int line) {
  const std::string id(check);
  auto on_line = line_ignored_.find(line);
  if (ignored_.count(id) || (on_line != line_ignored_.end() && on_line->second.count(id))) {
    ++report_->silenced;
    return true;
  }
  return false;
}

void Sink::Report(std::string_view check, Severity severity, const LintText& text, size_t begin,
                  size_t end, const std::string& message, const std::string* replacement) {
  const Location where = text.At(begin);
  if (Silenced(check, where.line)) return;
  LintFinding f;
  f.check = std::string(check);
  f.diagnostic = {where, severity, text.label().empty() ? message : text.label() + ": " + message};
  if (replacement) {
    TextEdit edit;
    edit.where = where;
    edit.exact = text.Replaceable(begin, end);
    edit.before = text.text().substr(begin, end - begin);
    edit.after = *replacement;
    if (where.line > 0) f.edit = std::move(edit);
  }
  report_->findings.push_back(std::move(f));
}

void Sink::ReportAt(std::string_view check, Severity severity, const Location& where,
                    const std::string& message) {
  if (Silenced(check, where.line)) return;
  report_->findings.push_back(
      {std::string(check),
       {where, severity, label_.empty() ? message : label_ + ": " + message},
       std::nullopt});
}

}  // namespace renkei::lint
