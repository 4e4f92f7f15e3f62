// Characters: full-width alphanumerics (ＡＢＣ１２３), half-width katakana
// (ｶﾀｶﾅ), and characters that screen readers misread and that are not in
// JIS X 0208 (①, ㈱, ㍻, ㌔, Ⅲ). Each has one plain form, so --fix may write it.
#include "lint/checks.h"
#include "util/unicode.h"

namespace renkei::lint {

namespace {

std::string Paren(int n) { return "(" + std::to_string(n) + ")"; }
std::string Paren(const std::string& s) { return "(" + s + ")"; }

const char* const kRoman[] = {"I",   "II",   "III", "IV", "V",  "VI",
                              "VII", "VIII", "IX",  "X",  "XI", "XII"};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

}  // namespace

/// The plain form of a character screen readers misread, "" for any other.
std::string PlainForm(char32_t c) {
  auto in = [c](char32_t lo, char32_t hi) { return c >= lo && c <= hi; };
  if (in(0x2460, 0x2473)) return Paren(static_cast<int>(c - 0x2460 + 1));   // ①..⑳
  if (in(0x3251, 0x325F)) return Paren(static_cast<int>(c - 0x3251 + 21));  // ㉑..㉟
  if (in(0x32B1, 0x32BF)) return Paren(static_cast<int>(c - 0x32B1 + 36));  // ㊱..㊿
  if (in(0x2474, 0x2487)) return Paren(static_cast<int>(c - 0x2474 + 1));   // ⑴..⒇
  if (in(0x2488, 0x249B)) return std::to_string(c - 0x2488 + 1) + ".";      // ⒈..⒛
  if (in(0x2776, 0x277F)) return Paren(static_cast<int>(c - 0x2776 + 1));   // ❶..❿
  if (in(0x2780, 0x2789)) return Paren(static_cast<int>(c - 0x2780 + 1));   // ➀..➉
  if (in(0x278A, 0x2793)) return Paren(static_cast<int>(c - 0x278A + 1));   // ➊..➓
  if (in(0x24EB, 0x24F4)) return Paren(static_cast<int>(c - 0x24EB + 11));  // ⓫..⓴
  if (in(0x24F5, 0x24FE)) return Paren(static_cast<int>(c - 0x24F5 + 1));   // ⓵..⓾
  if (c == 0x24EA || c == 0x24FF) return Paren(0);                          // ⓪ ⓿
  if (in(0x24B6, 0x24CF)) return Paren(std::string(1, static_cast<char>('A' + c - 0x24B6)));
  if (in(0x24D0, 0x24E9)) return Paren(std::string(1, static_cast<char>('a' + c - 0x24D0)));
  if (in(0x249C, 0x24B5)) return Paren(std::string(1, static_cast<char>('a' + c - 0x249C)));
  if (in(0x2160, 0x216B)) return kRoman[c - 0x2160];
  if (in(0x2170, 0x217B)) return Lower(kRoman[c - 0x2170]);
  if (c == 0x2116) return "No.";
  if (c == 0x2121) return "TEL";
  if (c == 0x33A1) return "平方メートル";
  if (c == 0x33A5) return "立方メートル";
  if (c == 0x33A0) return "平方センチメートル";
  if (in(0x32D0, 0x32FE) || in(0x3280, 0x32B0)) return Paren(Nfkc(EncodeUtf8(c)));  // ㋐ ㊤
  if (in(0x3220, 0x3243) || c == 0x32FF || in(0x3300, 0x33FF))  // ㈱ ㋿ ㍻ ㌔ ㎏
    return Nfkc(EncodeUtf8(c));
  return "";
}

/// Half-width katakana as full-width: ｶﾞｲﾄﾞ -> ガイド, ｡｢｣､･ -> 。「」、・.
std::string FullwidthKana(std::string_view s) {
  std::string out = Nfkc(s);
  // A sound mark with nothing to join stays a spacing mark (゛ ゜), not a combining one.
  size_t i = 0;
  std::string fixed;
  while (i < out.size()) {
    char32_t c = NextChar(out, &i);
    fixed += EncodeUtf8(c == 0x3099 ? 0x309B : c == 0x309A ? 0x309C : c);
  }
  return fixed;
}

namespace {

bool Checkable(const LintText& t, size_t byte) {
  const Mark m = t.mark(byte);
  return m == Mark::kText || m == Mark::kRubyBase;
}

// A run of full-width letters and digits; ．and ，between digits belong to it (１，２３４．５).
size_t FullwidthRunEnd(const std::string& s, size_t begin, const LintText& t) {
  size_t end = begin, i = begin;
  while (i < s.size() && Checkable(t, i)) {
    size_t j = i;
    const char32_t c = NextChar(s, &j);
    if (IsFullwidthAlnum(c)) {
      end = i = j;
    } else if ((c == 0xFF0E || c == 0xFF0C) && j < s.size() && Checkable(t, j)) {
      size_t k = j;
      if (!IsFullwidthAlnum(NextChar(s, &k))) break;
      i = j;
    } else {
      break;
    }
  }
  return end;
}

std::string Halfwidth(std::string_view run) {
  std::string out;
  size_t i = 0;
  while (i < run.size()) out += static_cast<char>(NextChar(run, &i) - 0xFEE0);
  return out;
}

bool OnlyDigits(std::string_view run) {
  size_t i = 0;
  while (i < run.size()) {
    const char32_t c = NextChar(run, &i);
    if (DigitValue(c) < 0 && c != 0xFF0E && c != 0xFF0C) return false;
  }
  return true;
}

}  // namespace

void CheckCharacters(const LintText& t, Sink& sink) {
  const std::string& s = t.text();
  size_t i = 0;
  while (i < s.size()) {
    const size_t at = i;
    const char32_t c = NextChar(s, &i);
    if (!Checkable(t, at)) continue;
    if (IsFullwidthAlnum(c)) {
      const size_t end = FullwidthRunEnd(s, at, t);
      const std::string_view run(s.data() + at, end - at);
      i = end;
      // Tables of figures may align full-width digits; only letters are flagged there.
      if (t.kind() == TextKind::kTableCell && OnlyDigits(run)) continue;
      if (!sink.Enabled("fullwidth-alnum")) continue;
      const std::string plain = Halfwidth(run);
      sink.Report("fullwidth-alnum", Severity::kWarning, t, at, end,
                  "full-width alphanumerics " + Quote(run) + ": write " + plain, &plain);
    } else if (IsHalfwidthKana(c)) {
      size_t end = i;
      while (end < s.size() && Checkable(t, end)) {
        size_t j = end;
        if (!IsHalfwidthKana(NextChar(s, &j))) break;
        end = j;
      }
      i = end;
      if (!sink.Enabled("halfwidth-kana")) continue;
      const std::string_view run(s.data() + at, end - at);
      const std::string full = FullwidthKana(run);
      sink.Report("halfwidth-kana", Severity::kWarning, t, at, end,
                  "half-width katakana " + Quote(run) + ": write " + full, &full);
    } else if (c >= 0x2100) {
      const std::string plain = PlainForm(c);
      if (plain.empty() || !sink.Enabled("misread-char")) continue;
      sink.Report("misread-char", Severity::kWarning, t, at, i,
                  "character " + Quote(s.substr(at, i - at)) +
                      " is misread by screen readers and not in JIS X 0208: write " + plain,
                  &plain);
    }
  }
}

}  // namespace renkei::lint
