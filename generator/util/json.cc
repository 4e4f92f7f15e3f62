#include "util/json.h"

namespace renkei {

namespace {

bool IsLineSeparator(std::string_view text, size_t i) {
  return i + 2 < text.size() && text[i] == '\xE2' && text[i + 1] == '\x80' &&
         (text[i + 2] == '\xA8' || text[i + 2] == '\xA9');
}

void AppendEscape(std::string& out, unsigned char c) {
  static const char kHex[] = "0123456789abcdef";
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default:
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
  }
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view text, bool escape_lt) {
  out += '"';
  size_t plain_from = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool escape = c == '"' || c == '\\' || c < 0x20 || (escape_lt && c == '<');
    if (!escape && !(c == 0xE2 && IsLineSeparator(text, i))) continue;
    out.append(text.substr(plain_from, i - plain_from));
    if (escape) {
      AppendEscape(out, c);
    } else {
      out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    }
    plain_from = i + 1;
  }
  out.append(text.substr(plain_from));
  out += '"';
}

}  // namespace renkei
