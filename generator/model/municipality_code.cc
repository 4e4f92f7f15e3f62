#include "model/municipality_code.h"

#include "util/text.h"

namespace renkei {

namespace {

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string Quote(std::string_view text) {
  return "municipality code \"" + Abbreviate(Trim(text)) + "\"";
}

std::string WithCheckDigit(std::string_view five_digits) {
  return std::string(five_digits) + std::to_string(MunicipalityCheckDigit(five_digits));
}

/// True when `code` is 6 digits whose last one is the right check digit.
bool IsValidSixDigits(std::string_view code) {
  return code.size() == 6 && AllDigits(code) &&
         MunicipalityCheckDigit(code.substr(0, 5)) == code[5] - '0';
}

ParseResult<std::string> Success(std::string code) {
  ParseResult<std::string> r;
  r.value = std::move(code);
  return r;
}

}  // namespace

int MunicipalityCheckDigit(std::string_view five_digits) {
  if (five_digits.size() != 5 || !AllDigits(five_digits)) return -1;
  int s = 0;
  for (int i = 0; i < 5; ++i) s += (6 - i) * (five_digits[i] - '0');
  return (11 - s % 11) % 10;
}

ParseResult<std::string> ParseMunicipalityCode(std::string_view text) {
  using R = ParseResult<std::string>;
  const std::string code = NormalizeFieldText(text);
  if (code.empty()) {
    return R::Fail("The municipality code is empty: write the 6-digit 全国地方公共団体コード, " +
                   std::string("e.g. 131016 for 千代田区."));
  }
  if (!AllDigits(code) || (code.size() != 5 && code.size() != 6)) {
    return R::Fail(Quote(text) + " is not a municipality code: write 6 digits (or 5 without " +
                   "the check digit), e.g. 131016; if Excel dropped a leading 0, format the " +
                   "column as text.");
  }
  if (code.size() == 6) {
    if (IsValidSixDigits(code)) return Success(code);
    return R::Fail(Quote(text) + " has a wrong check digit: did you mean " +
                   WithCheckDigit(code.substr(0, 5)) + "?");
  }
  R r = Success(WithCheckDigit(code));
  if (IsValidSixDigits("0" + code)) {
    r.warning = Quote(text) + " was read as " + *r.value + " (5 digits and a check digit); if " +
                "it is 0" + code + " with its leading 0 dropped by Excel, write 0" + code + ".";
  }
  return r;
}

int PrefectureOf(std::string_view six_digit_code) {
  if (six_digit_code.size() < 2 || !AllDigits(six_digit_code.substr(0, 2))) return 0;
  return (six_digit_code[0] - '0') * 10 + (six_digit_code[1] - '0');
}

}  // namespace renkei
