// Spaces inside a word for visual spacing (お 知 ら せ, 氏　名): single kanji
// or kana separated by spaces. A screen reader reads them letter by letter.
// Words of two or more characters separated by a space (山田 太郎, 東京都 在宅
// 医療) are left alone.
#include <vector>

#include "lint/checks.h"

namespace renkei::lint {

namespace {

struct Cp {
  char32_t c;
  size_t offset;
  bool text;
};

bool IsLetter(char32_t c) { return IsKanji(c) || IsKana(c); }

}  // namespace

void CheckSpacing(const LintText& t, Sink& sink) {
  if (!sink.Enabled("spaced-word")) return;
  const std::string& s = t.text();
  std::vector<Cp> cps;
  for (size_t i = 0; i < s.size();) {
    const size_t at = i;
    const char32_t c = NextChar(s, &i);
    cps.push_back({c, at, t.mark(at) == Mark::kText});
  }
  cps.push_back({0, s.size(), false});  // sentinel
  const size_t n = cps.size() - 1;
  auto single = [&](size_t k) {  // a one-letter word at k
    return cps[k].text && IsLetter(cps[k].c) && (k == 0 || !IsLetter(cps[k - 1].c)) &&
           !IsLetter(cps[k + 1].c);
  };
  for (size_t k = 0; k < n; ++k) {
    if (!single(k)) continue;
    std::string word = EncodeUtf8(cps[k].c);
    size_t last = k, j = k + 1;
    while (true) {
      size_t m = j;
      while (m < n && cps[m].text && IsSpace(cps[m].c)) ++m;
      if (m == j || m >= n || !single(m)) break;
      word += EncodeUtf8(cps[m].c);
      last = m;
      j = m + 1;
    }
    if (last == k) continue;
    const size_t end = cps[last + 1].offset;
    sink.Report("spaced-word", Severity::kWarning, t, cps[k].offset, end,
                "spaces inside the word " + Quote(s.substr(cps[k].offset, end - cps[k].offset)) +
                    " (a screen reader reads it letter by letter): write " + word,
                &word);
    k = last;
  }
}

}  // namespace renkei::lint
