// The reader-visible text of one block (a paragraph, a heading, a table cell,
// a record field) with the place in the source file of every byte, so that a
// finding anywhere in it can be reported as path:line:column (columns counted
// in characters) and, for --fix, replaced exactly. Internal to lint/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.h"

namespace renkei::lint {

/// What a byte of a LintText is, for the checks.
enum class Mark : uint8_t {
  kText,      ///< Running text: every check applies.
  kVerbatim,  ///< Code, a line break, ruby markup: counted in sentences, never flagged.
  kAllowed,   ///< A word of `lint.allow`: counted in sentences, never flagged.
  kRubyBase,  ///< The base of {漢字|かんじ}: text that already has furigana.
};

enum class TextKind { kBody, kHeading, kTableCell, kField };

class LintText {
 public:
  LintText(TextKind kind, std::string label = "") : kind_(kind), label_(std::move(label)) {}

  /// Appends `s`, which starts at `where` in the source. When `exact`, the
  /// characters of `s` stand one after another on that line; otherwise every
  /// byte of `s` is reported at `where` (a record field).
  void Append(std::string_view s, const Location& where, bool exact, Mark mark = Mark::kText);
  /// A line break inside the block (Markdown soft or hard break).
  void AppendBreak();
  /// Marks {base|reading} ruby annotations and the words of `allow`.
  void MarkRubyAndAllowed(const std::vector<std::string>& allow);

  const std::string& text() const { return text_; }
  Mark mark(size_t byte) const { return marks_[byte]; }
  TextKind kind() const { return kind_; }
  /// "`title`" for a record field, "" for Markdown text.
  const std::string& label() const { return label_; }
  /// The source place of the character that starts at `byte`.
  Location At(size_t byte) const;
  /// True when [begin, end) lies on one source line at exact positions, so
  /// that --fix may replace it.
  bool Replaceable(size_t begin, size_t end) const;

 private:
  struct Anchor {
    size_t offset;
    Location where;
    bool exact;
  };
  const Anchor* AnchorOf(size_t byte) const;

  TextKind kind_;
  std::string label_;
  std::string text_;
  std::vector<Mark> marks_;
  std::vector<Anchor> anchors_;
};

/// Decodes the code point at s[*i] and advances *i (invalid bytes give U+FFFD).
char32_t NextChar(std::string_view s, size_t* i);
std::string EncodeUtf8(char32_t c);

bool IsKanji(char32_t c);  ///< CJK ideographs and 々 〆.
bool IsKana(char32_t c);   ///< Hiragana and full-width katakana (with ー), not ・.
bool IsFullwidthAlnum(char32_t c);
bool IsHalfwidthKana(char32_t c);  ///< U+FF61..U+FF9F, punctuation included.
bool IsSpace(char32_t c);          ///< ASCII space, tab or U+3000.
bool IsAsciiDigit(char32_t c);
/// 0-9 and ０-９ as a number, -1 for other characters.
int DigitValue(char32_t c);

}  // namespace renkei::lint
