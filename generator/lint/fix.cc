#include "lint/fix.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "util/encoding.h"
#include "util/file.h"
#include "util/text.h"

namespace renkei {

namespace {

// Byte offset of 1-based character `column` in `line`, npos when past its end.
size_t ByteOfColumn(std::string_view line, int column) {
  size_t byte = 0;
  for (int c = 1; c < column; ++c) {
    if (byte >= line.size()) return std::string_view::npos;
    const auto b = static_cast<unsigned char>(line[byte]);
    byte += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  }
  return byte <= line.size() ? byte : std::string_view::npos;
}

struct Line {
  std::string text;  ///< UTF-8, without line end.
  bool crlf = false;
  bool changed = false;
};

std::string Describe(const TextEdit& e, int line, size_t byte, const std::string& text) {
  const int column = static_cast<int>(Utf8Length(std::string_view(text).substr(0, byte))) + 1;
  return std::to_string(line) + ":" + std::to_string(column) + ": fixed: \"" + e.before +
         "\" -> \"" + e.after + "\"";
}

}  // namespace

std::optional<std::string> ApplyEdits(const std::string& bytes, const std::vector<TextEdit>& edits,
                                      std::vector<std::string>* log, std::string* error) {
  std::string body = bytes;
  std::string bom;
  if (body.rfind("\xEF\xBB\xBF", 0) == 0) {
    bom = body.substr(0, 3);
    body.erase(0, 3);
  }
  const bool cp932 = bom.empty() && !IsValidUtf8(body);
  for (size_t i = 0; i < body.size(); ++i)
    if (body[i] == '\r' && (i + 1 == body.size() || body[i + 1] != '\n')) {
      *error = "its lines end in a bare CR; save it with LF or CRLF line ends";
      return std::nullopt;
    }
  std::vector<Line> lines;
  for (const std::string& raw : Split(body, '\n')) {
    Line l;
    l.text = raw;
    if (!l.text.empty() && l.text.back() == '\r') {
      l.text.pop_back();
      l.crlf = true;
    }
    if (cp932) {
      std::optional<std::string> utf8 = ConvertEncoding(l.text, "UTF-8", "CP932");
      if (!utf8) {
        *error = "it is neither UTF-8 nor CP932";
        return std::nullopt;
      }
      l.text = *utf8;
    }
    lines.push_back(std::move(l));
  }
  // Exact edits from the end of each line, so earlier columns stay valid;
  // then the ones placed at a record, looked for from its line on.
  std::vector<const TextEdit*> order;
  for (const TextEdit& e : edits) order.push_back(&e);
  std::stable_sort(order.begin(), order.end(), [](const TextEdit* a, const TextEdit* b) {
    if (a->exact != b->exact) return a->exact;
    return std::tie(b->where.line, b->where.column) < std::tie(a->where.line, a->where.column);
  });
  for (const TextEdit* e : order) {
    const size_t first = static_cast<size_t>(std::max(1, e->where.line)) - 1;
    bool done = false;
    for (size_t li = first; li < lines.size() && !done && (e->exact ? li == first : true); ++li) {
      std::string& text = lines[li].text;
      size_t byte = e->exact ? ByteOfColumn(text, e->where.column) : text.find(e->before);
      if (byte == std::string::npos || text.compare(byte, e->before.size(), e->before) != 0)
        continue;
      log->push_back(Describe(*e, static_cast<int>(li) + 1, byte, text));
      text.replace(byte, e->before.size(), e->after);
      lines[li].changed = done = true;
    }
    if (!done)
      log->push_back(std::to_string(e->where.line) + ": not fixed: \"" + e->before +
                     "\" is no longer there");
  }
  // Report in reading order, as the diagnostics are.
  std::stable_sort(log->begin(), log->end(), [](const std::string& a, const std::string& b) {
    auto key = [](const std::string& s) {
      int line = 0, column = 0;
      std::sscanf(s.c_str(), "%d:%d", &line, &column);
      return std::pair(line, column);
    };
    return key(a) < key(b);
  });
  std::string out = bom;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string text = lines[i].text;
    if (cp932) {
      std::optional<std::string> encoded = ConvertEncoding(text, "CP932", "UTF-8");
      if (!encoded) {
        *error = "a fix cannot be written in CP932";
        return std::nullopt;
      }
      text = *encoded;
    }
    out += text;
    if (lines[i].crlf) out += '\r';
    if (i + 1 < lines.size()) out += '\n';
  }
  return out;
}

int ApplyLintFixes(const LintReport& report, const std::set<std::string>& files_with_errors,
                   std::ostream& out) {
  std::map<std::string, std::vector<TextEdit>> by_file;
  for (const LintFinding& f : report.findings)
    if (f.edit) by_file[f.edit->where.path].push_back(*f.edit);
  int written = 0;
  for (const auto& [path, edits] : by_file) {
    if (files_with_errors.count(path)) {
      out << path << ": not fixed: the file has errors; correct them first\n";
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    if (!in) {
      out << path << ": not fixed: cannot read the file\n";
      continue;
    }
    std::vector<std::string> log;
    std::string error;
    std::optional<std::string> bytes = ApplyEdits(buf.str(), edits, &log, &error);
    if (!bytes) {
      out << path << ": not fixed: " << error << "\n";
      continue;
    }
    for (const std::string& line : log) out << path << ":" << line << "\n";
    if (*bytes == buf.str()) continue;
    if (std::string why; !ReplaceFile(path, *bytes, &why)) {
      out << path << ": not fixed: " << why << "\n";
      continue;
    }
    ++written;
  }
  return written;
}

}  // namespace renkei
