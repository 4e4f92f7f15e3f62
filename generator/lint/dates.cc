// Dates a reader cannot place: 12月5日 with no year (a page stays online for
// years), and 8年12月5日 with an era year but no era. A date is fine when its
// year is written, or when the sentence already named one (令和8年12月5日と
// 12月6日), or when it recurs (毎年4月1日).
#include <cstdio>
#include <vector>

#include "lint/checks.h"
#include "model/japanese_date.h"

namespace renkei::lint {

namespace {

struct Cp {
  char32_t c;
  size_t offset;
};

constexpr char32_t kYear = U'年', kMonth = U'月', kDay = U'日';

bool Is(const std::vector<Cp>& cps, size_t k, std::u32string_view word) {
  if (k + word.size() > cps.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (cps[k + i].c != word[i]) return false;
  return true;
}

// Digits ending just before `end`: how many (at most `max` + 1) and their value.
int DigitsBefore(const std::vector<Cp>& cps, size_t end, int* value) {
  int n = 0, v = 0, scale = 1;
  while (end > 0 && n < 5 && DigitValue(cps[end - 1].c) >= 0) {
    v += DigitValue(cps[end - 1].c) * scale;
    scale *= 10;
    --end;
    ++n;
  }
  *value = v;
  return n;
}

bool EraBefore(const std::vector<Cp>& cps, size_t k) {
  for (std::u32string_view era : {U"令和", U"平成", U"昭和", U"大正", U"明治"})
    if (k >= 2 && Is(cps, k - 2, era)) return true;
  return k >= 1 && (cps[k - 1].c == U'R' || cps[k - 1].c == U'H' || cps[k - 1].c == U'Ｒ' ||
                    cps[k - 1].c == U'Ｈ');
}

// Whether the sentence before `k` already names a year (so this date continues it).
bool SentenceHasYear(const std::vector<Cp>& cps, size_t k) {
  for (size_t i = k; i-- > 0;) {
    const char32_t c = cps[i].c;
    if (c == U'。' || c == U'！' || c == U'？') return false;
    if (c == kYear && i > 0 && (DigitValue(cps[i - 1].c) >= 0 || cps[i - 1].c == U'元'))
      return true;
    if (c == kYear && i + 1 < cps.size() && cps[i + 1].c == U'度') return true;
    if (c == kYear && i > 0) {
      for (std::u32string_view w : {U"毎年", U"例年", U"翌年", U"前年", U"同年"})
        if (Is(cps, i - 1, w)) return true;
    }
  }
  return false;
}

std::string Example(int year, int month, int day) {
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
  ParseResult<Date> d = ParseIsoDate(iso);
  if (!d.ok()) return "";
  return FormatJapaneseDate(*d.value) + " or " + std::to_string(year) + "年" +
         std::to_string(month) + "月" + std::to_string(day) + "日";
}

}  // namespace

void CheckDates(const LintText& t, Sink& sink) {
  if (!sink.Enabled("date-year")) return;
  const std::string& s = t.text();
  std::vector<Cp> cps;
  for (size_t i = 0; i < s.size();) {
    const size_t at = i;
    const char32_t c = NextChar(s, &i);
    // Code and other verbatim text takes no part in dates.
    cps.push_back({t.mark(at) == Mark::kText ? c : U'\uFFFC', at});
  }
  for (size_t m = 0; m < cps.size(); ++m) {
    if (cps[m].c != kMonth) continue;
    int month = 0, day = 0;
    const int md = DigitsBefore(cps, m, &month);
    size_t d_end = m + 1;
    while (d_end < cps.size() && d_end - m <= 2 && DigitValue(cps[d_end].c) >= 0) ++d_end;
    if (md < 1 || md > 2 || d_end == m + 1 || d_end >= cps.size() || cps[d_end].c != kDay) continue;
    DigitsBefore(cps, d_end, &day);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    size_t begin = m - md;
    const size_t end = d_end + 1 < cps.size() ? cps[d_end + 1].offset : s.size();
    std::string problem;
    if (begin > 0 && cps[begin - 1].c == kYear) {
      int year = 0;
      const int yd = DigitsBefore(cps, begin - 1, &year);
      const size_t y_begin = begin - 1 - yd;
      if (yd >= 3 || EraBefore(cps, y_begin)) continue;
      if (yd == 0 && y_begin > 0 && cps[y_begin - 1].c == U'元' && EraBefore(cps, y_begin - 1))
        continue;
      if (yd == 0) {
        bool recurring = false;
        for (std::u32string_view w : {U"毎年", U"例年", U"翌年", U"前年", U"同年"})
          recurring = recurring || (begin >= 2 && Is(cps, begin - 2, w));
        if (recurring) continue;
        begin = y_begin >= 1 ? y_begin - 1 : y_begin;  // 今年12月5日: quote 今年
        problem = "date with a relative year ";
      } else {
        begin = y_begin;
        const int western = year <= 12 ? 2018 + year : 1988 + year;
        const std::string ex = Example(western, month, day);
        const std::string_view q(s.data() + cps[begin].offset, end - cps[begin].offset);
        sink.Report("date-year", Severity::kWarning, t, cps[begin].offset, end,
                    "year without era " + Quote(q) + ": write " +
                        (ex.empty() ? "the era (令和, 平成) or the Western year" : ex));
        continue;
      }
    } else if (SentenceHasYear(cps, begin)) {
      continue;
    }
    const std::string_view q(s.data() + cps[begin].offset, end - cps[begin].offset);
    const std::string md_text = std::to_string(month) + "月" + std::to_string(day) + "日";
    sink.Report("date-year", Severity::kWarning, t, cps[begin].offset, end,
                (problem.empty() ? std::string("date without a year ") : problem) + Quote(q) +
                    ": write the year, e.g. 令和8年" + md_text + " or 2026年" + md_text);
  }
}

}  // namespace renkei::lint
