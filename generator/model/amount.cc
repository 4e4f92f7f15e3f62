#include "model/amount.h"

#include <algorithm>

#include "util/text.h"

namespace renkei {

namespace {

constexpr int64_t kMaxYen = 1'000'000'000'000'000'000;  // 10^18: far above any budget.
constexpr std::string_view kUchisu = "の内数";
constexpr std::string_view kTriangle = "△";

struct Unit {
  std::string_view name;
  int decimals;  // log10 of the unit in yen: how many decimals still name whole yen.
};

// Longest names first, so that 百万円 is not read as 万円 after a stray 百.
constexpr Unit kUnits[] = {{"百万円", 6}, {"千円", 3},  {"万円", 4},
                           {"億円", 8},   {"兆円", 12}, {"円", 0}};

int64_t Pow10(int n) {
  int64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

std::string Quote(std::string_view text) { return "amount \"" + Abbreviate(Trim(text)) + "\""; }

const Unit* FindUnit(std::string_view name) {
  for (const Unit& u : kUnits) {
    if (u.name == name) return &u;
  }
  return nullptr;
}

/// Checks that commas, if any, separate groups of three digits: 1,804 and 138,314.
bool CommasWellPlaced(std::string_view digits) {
  if (digits.find(',') == std::string_view::npos) return true;
  const std::vector<std::string> groups = Split(digits, ',');
  if (groups[0].empty() || groups[0].size() > 3) return false;
  for (size_t i = 1; i < groups.size(); ++i) {
    if (groups[i].size() != 3) return false;
  }
  return true;
}

/// The integer part is non-empty with well-placed commas; a decimal point, if any, is
/// followed by plain digits.
bool WellFormed(std::string_view whole, std::string_view fraction, bool has_dot) {
  if (whole.empty() || !CommasWellPlaced(whole)) return false;
  return !has_dot || (!fraction.empty() && fraction.find_first_of(",.") == std::string_view::npos);
}

/// Exact yen of whole.fraction in `unit`, or nothing above 10^18. `whole` holds digits and
/// commas; `fraction` digits that fit the unit.
std::optional<int64_t> ToYen(std::string_view whole, std::string_view fraction, const Unit& unit) {
  const int64_t unit_yen = Pow10(unit.decimals);
  int64_t units = 0;
  for (char c : whole) {
    if (c == ',') continue;
    const int digit = c - '0';
    if (units > (kMaxYen / unit_yen - digit) / 10) return std::nullopt;  // before overflowing
    units = units * 10 + digit;
  }
  int64_t fraction_yen = 0;
  for (char c : fraction) fraction_yen = fraction_yen * 10 + (c - '0');
  fraction_yen *= Pow10(unit.decimals - static_cast<int>(fraction.size()));
  const int64_t yen = units * unit_yen + fraction_yen;
  if (yen > kMaxYen) return std::nullopt;
  return yen;
}

/// Parses "<number><unit>" (no の内数) into yen. `text` is what the user wrote, for messages.
ParseResult<int64_t> ParseYen(std::string_view text, std::string_view s) {
  using R = ParseResult<int64_t>;
  const size_t number_end = std::min(s.find_first_not_of("0123456789,."), s.size());
  const std::string_view number = s.substr(0, number_end);
  const std::string unit_name = Trim(s.substr(number_end));
  if (number.empty()) {
    return R::Fail(Quote(text) + " does not start with a number: write it like 138,314千円.");
  }
  if (unit_name.empty()) {
    return R::Fail(Quote(text) + " has no unit: write the unit, e.g. 138,314千円.");
  }
  const Unit* unit = FindUnit(unit_name);
  if (unit == nullptr) {
    return R::Fail(Quote(text) + " has the unknown unit \"" + Abbreviate(unit_name) +
                   "\": use 円, 千円, 万円, 百万円, 億円 or 兆円.");
  }
  const size_t dot = number.find('.');
  const std::string_view whole = number.substr(0, dot);
  const bool has_dot = dot != std::string_view::npos;
  std::string_view fraction = has_dot ? number.substr(dot + 1) : std::string_view();
  if (!WellFormed(whole, fraction, has_dot)) {
    return R::Fail(Quote(text) + " is not a number in the usual form: write digits with commas " +
                   "between groups of three and at most one decimal point, e.g. 1,804百万円 or " +
                   "34.5億円.");
  }
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  if (static_cast<int>(fraction.size()) > unit->decimals) {
    return R::Fail(Quote(text) + " has decimals below one yen: " + std::string(unit->name) +
                   (unit->decimals == 0
                        ? " allows no decimals."
                        : " allows at most " + std::to_string(unit->decimals) + " decimals."));
  }
  const std::optional<int64_t> yen = ToYen(whole, fraction, *unit);
  if (!yen) return R::Fail(Quote(text) + " is too large: amounts up to 10^18 yen are supported.");
  R r;
  r.value = yen;
  return r;
}

/// "1804" with the separators and one optional decimal digit: 20.3, 1,804.
std::string Scaled(int64_t yen, int64_t unit_yen) {
  std::string out = WithThousandsSeparators(yen / unit_yen);
  const int64_t tenths = yen % unit_yen / (unit_yen / 10);
  if (tenths != 0) out += "." + std::to_string(tenths);
  return out;
}

}  // namespace

ParseResult<Amount> ParseAmount(std::string_view text) {
  const std::string normalized = NormalizeFieldText(text);
  std::string_view s = normalized;
  if (s.empty()) {
    return ParseResult<Amount>::Fail(
        "The amount is empty: write it with its unit, e.g. 138,314千円.");
  }
  if (s.starts_with("-") || s.starts_with(kTriangle) || s.starts_with("▲")) {
    return ParseResult<Amount>::Fail(Quote(text) +
                                     " is negative: an amount must be 0 or more, e.g. 0千円.");
  }
  const bool uchisu = s.ends_with(kUchisu);
  if (uchisu) s.remove_suffix(kUchisu.size());
  const std::string core = Trim(s);
  ParseResult<int64_t> yen = ParseYen(text, core);
  if (!yen.ok()) return ParseResult<Amount>::Fail(yen.error);
  ParseResult<Amount> r;
  r.value.emplace();
  (uchisu ? r.value->container_yen : r.value->yen) = *yen.value;
  return r;
}

std::string FormatYen(int64_t yen) {
  if (yen < 0) return std::string(kTriangle) + FormatYen(-yen);
  if (yen == 0) return "0円";
  static constexpr Unit kLargestFirst[] = {{"兆円", 12}, {"億円", 8}, {"百万円", 6}, {"千円", 3}};
  for (const Unit& u : kLargestFirst) {
    const int64_t unit_yen = Pow10(u.decimals);
    if (yen % (unit_yen / 10) == 0) return Scaled(yen, unit_yen) + std::string(u.name);
  }
  return WithThousandsSeparators(yen) + "円";
}

std::string FormatThousandYen(int64_t yen) {
  if (yen < 0) return std::string(kTriangle) + FormatThousandYen(-yen);
  std::string out = WithThousandsSeparators(yen / 1000);
  if (const int64_t rest = yen % 1000; rest != 0) {
    std::string decimals = std::to_string(1000 + rest).substr(1);  // zero-padded to 3 digits
    while (decimals.back() == '0') decimals.pop_back();
    out += "." + decimals;
  }
  return out + "千円";
}

std::string FormatAmount(const Amount& a) {
  if (a.is_uchisu()) return FormatYen(*a.container_yen) + std::string(kUchisu);
  return a.yen ? FormatYen(*a.yen) : "";
}

}  // namespace renkei
