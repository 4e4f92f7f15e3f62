#include "lint/lint_text.h"

#include <algorithm>

#include "util/text.h"

namespace renkei::lint {

void LintText::Append(std::string_view s, const Location& where, bool exact, Mark mark) {
  if (s.empty()) return;
  anchors_.push_back({text_.size(), where, exact});
  text_.append(s);
  marks_.resize(text_.size(), mark);
}

void LintText::AppendBreak() {
  Location where = anchors_.empty() ? Location{} : anchors_.back().where;
  anchors_.push_back({text_.size(), where, false});
  text_.push_back('\n');
  marks_.push_back(Mark::kVerbatim);
}

void LintText::MarkRubyAndAllowed(const std::vector<std::string>& allow) {
  auto all_text = [&](size_t b, size_t e) {
    return std::all_of(marks_.begin() + b, marks_.begin() + e,
                       [](Mark m) { return m == Mark::kText; });
  };
  for (size_t open = text_.find('{'); open != std::string::npos; open = text_.find('{', open + 1)) {
    const size_t bar = text_.find_first_of("{|}\n", open + 1);
    if (bar == std::string::npos || text_[bar] != '|' || bar == open + 1) continue;
    const size_t close = text_.find_first_of("{}\n", bar + 1);
    if (close == std::string::npos || text_[close] != '}' || close == bar + 1) continue;
    if (!all_text(open, close + 1)) continue;
    marks_[open] = Mark::kVerbatim;
    std::fill(marks_.begin() + open + 1, marks_.begin() + bar, Mark::kRubyBase);
    std::fill(marks_.begin() + bar, marks_.begin() + close + 1, Mark::kVerbatim);
    open = close;
  }
  for (const std::string& word : allow) {
    if (word.empty()) continue;
    for (size_t at = text_.find(word); at != std::string::npos; at = text_.find(word, at + 1))
      std::fill(marks_.begin() + at, marks_.begin() + at + word.size(), Mark::kAllowed);
  }
}

const LintText::Anchor* LintText::AnchorOf(size_t byte) const {
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), byte,
                             [](size_t b, const Anchor& a) { return b < a.offset; });
  if (it == anchors_.begin()) return nullptr;
  return &*(it - 1);
}

Location LintText::At(size_t byte) const {
  const Anchor* a = AnchorOf(byte);
  if (!a) return {};
  Location where = a->where;
  if (a->exact && where.column > 0) {
    const std::string_view before(text_.data() + a->offset, byte - a->offset);
    where.column += static_cast<int>(Utf8Length(before));
  }
  return where;
}

bool LintText::Replaceable(size_t begin, size_t end) const {
  const Anchor* a = AnchorOf(begin);
  if (!a || !a->exact || a->where.column <= 0) return false;
  const Anchor* b = AnchorOf(end > begin ? end - 1 : begin);
  if (a != b) {
    // Several anchors (e.g. text after a link) are fine while they are exact,
    // on the same line and adjacent in the source.
    for (const Anchor* x = a + 1; x <= b; ++x) {
      const Anchor* p = x - 1;
      if (!x->exact || x->where.line != p->where.line) return false;
      const std::string_view piece(text_.data() + p->offset, x->offset - p->offset);
      if (p->where.column + static_cast<int>(Utf8Length(piece)) != x->where.column) return false;
    }
  }
  return text_.find('\n', begin) >= end;
}

char32_t NextChar(std::string_view s, size_t* i) {
  const auto b0 = static_cast<unsigned char>(s[*i]);
  size_t n = b0 < 0x80 ? 1 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (n == 0 || *i + n > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  char32_t c = n == 1 ? b0 : b0 & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += n;
  return c;
}

std::string EncodeUtf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

bool IsKanji(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3005 ||
         c == 0x3006;
}
bool IsKana(char32_t c) {
  return (c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF && c != 0x30FB);
}
bool IsFullwidthAlnum(char32_t c) {
  return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
         (c >= 0xFF41 && c <= 0xFF5A);
}
bool IsHalfwidthKana(char32_t c) { return c >= 0xFF61 && c <= 0xFF9F; }
bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000; }
bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
  return -1;
}

}  // namespace renkei::lint
