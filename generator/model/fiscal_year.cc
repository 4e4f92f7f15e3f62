#include "model/fiscal_year.h"

#include "util/text.h"

namespace renkei {

namespace {

constexpr int kFirstFiscalYear = 1989;  // 平成元年度: older data is out of scope.
constexpr int kLastFiscalYear = 2100;

struct Era {
  std::string_view kanji, roman, latin;  // 平成, Heisei, H
  int first_fy;                          // The fiscal year of era year 1.
  int next_era_fy;                       // First fiscal year named in the next era; 0 = none.
};

// Heisei ended on 30 April 2019, inside FY2019, which is officially 令和元年度.
constexpr Era kHeisei{"平成", "Heisei", "H", 1989, 2019};
constexpr Era kReiwa{"令和", "Reiwa", "R", 2019, 0};

std::string Quote(std::string_view text) {
  return "fiscal year \"" + Abbreviate(Trim(text)) + "\"";
}

bool ConsumePrefix(std::string_view* s, std::string_view prefix) {
  if (s->substr(0, prefix.size()) != prefix) return false;
  s->remove_prefix(prefix.size());
  return true;
}

bool ConsumeSuffix(std::string_view* s, std::string_view suffix) {
  if (s->size() < suffix.size() || s->substr(s->size() - suffix.size()) != suffix) return false;
  s->remove_suffix(suffix.size());
  return true;
}

/// Reads 1 to 4 ASCII digits; false for anything else.
bool ReadNumber(std::string_view s, int* out) {
  if (s.empty() || s.size() > 4) return false;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  *out = n;
  return true;
}

/// Strips an era name in any of its spellings; nullptr when there is none.
const Era* ConsumeEra(std::string_view* s) {
  for (const Era* era : {&kHeisei, &kReiwa}) {
    const char lower = static_cast<char>(era->latin[0] - 'A' + 'a');
    if (ConsumePrefix(s, era->kanji) || ConsumePrefix(s, era->latin) ||
        ConsumePrefix(s, std::string_view(&lower, 1))) {
      return era;
    }
  }
  return nullptr;
}

bool IsShowa(std::string_view s) {
  const bool latin = s.size() >= 2 && (s[0] == 'S' || s[0] == 's') && s[1] >= '0' && s[1] <= '9';
  return latin || s.starts_with("昭和");
}

ParseResult<int> InRange(std::string_view text, int fy) {
  if (fy < kFirstFiscalYear || fy > kLastFiscalYear) {
    return ParseResult<int>::Fail(Quote(text) + " is out of range: renkei handles FY1989 " +
                                  "(平成元年度) to FY2100.");
  }
  ParseResult<int> r;
  r.value = fy;
  return r;
}

ParseResult<int> ParseEraYear(std::string_view text, const Era& era, std::string_view number) {
  int year = 0;
  if (number == "元") {
    year = 1;
  } else if (!ReadNumber(number, &year)) {
    return ParseResult<int>::Fail(Quote(text) + " is not understood: after " +
                                  std::string(era.kanji) + " write the era year, e.g. " +
                                  std::string(era.kanji) + "6年度 or " + std::string(era.latin) +
                                  "6.");
  }
  if (year == 0) {
    return ParseResult<int>::Fail(
        Quote(text) + " is invalid: there is no year 0, since year 1 of an era is written 元年; " +
        std::string(era.roman) + " starts at " + std::string(era.kanji) + "元年度 (" +
        std::string(era.latin) + "1 = " + std::to_string(era.first_fy) + ").");
  }
  const int fy = era.first_fy + year - 1;
  ParseResult<int> r = InRange(text, fy);
  if (r.ok() && era.next_era_fy != 0 && fy > era.next_era_fy) {
    r.warning = Quote(text) + " is past the end of " + std::string(era.roman) + ": it is FY" +
                std::to_string(fy) + ", written " + FormatEraFiscalYear(fy) + ".";
  }
  return r;
}

}  // namespace

ParseResult<int> ParseFiscalYear(std::string_view text) {
  const std::string normalized = NormalizeFieldText(text);
  std::string_view s = normalized;
  if (s.empty()) {
    return ParseResult<int>::Fail("The fiscal year is empty: write it like 2024, 令和6年度 or R6.");
  }
  ConsumeSuffix(&s, "年度");
  const std::string body = Trim(s);
  s = body;
  if (IsShowa(s)) {
    return ParseResult<int>::Fail(Quote(text) + " is in 昭和, which renkei does not handle: " +
                                  "fiscal years start at 平成元年度 (1989).");
  }
  if (const Era* era = ConsumeEra(&s)) return ParseEraYear(text, *era, Trim(s));
  int year = 0;
  if (s.size() == 4 && ReadNumber(s, &year)) return InRange(text, year);
  if (s == "元" || ReadNumber(s, &year)) {
    return ParseResult<int>::Fail(Quote(text) + " does not say its era: write 平成" +
                                  std::string(s) + "年度 or 令和" + std::string(s) +
                                  "年度, or the 4-digit Western year such as 2012.");
  }
  return ParseResult<int>::Fail(
      Quote(text) + " is not understood: write it like 2024, 2024年度, 令和6年度 or R6.");
}

std::string FormatEraFiscalYear(int fy) {
  if (fy < kHeisei.first_fy) return FormatWesternFiscalYear(fy);
  const Era& era = fy >= kReiwa.first_fy ? kReiwa : kHeisei;
  return std::string(era.kanji) + FormatEraYearOnly(fy);
}

std::string FormatWesternFiscalYear(int fy) { return std::to_string(fy) + "年度"; }

std::string FormatFiscalYearBoth(int fy) {
  return FormatEraFiscalYear(fy) + "（" + FormatWesternFiscalYear(fy) + "）";
}

std::string FormatEraYearOnly(int fy) {
  if (fy < kHeisei.first_fy) return FormatWesternFiscalYear(fy);
  const int year = fy - (fy >= kReiwa.first_fy ? kReiwa.first_fy : kHeisei.first_fy) + 1;
  return (year == 1 ? std::string("元") : std::to_string(year)) + "年度";
}

}  // namespace renkei
