// 全国地方公共団体コード (JIS X 0401/0402): 2-digit prefecture, 3-digit
// municipality and a check digit, e.g. 千代田区 = 131016.
#pragma once

#include <string>
#include <string_view>

#include "model/parse_result.h"

namespace renkei {

/// Check digit of a 5-digit code: s = 6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5; (11 − s mod 11) mod 10.
/// "13101" -> 6. Returns -1 unless `five_digits` is exactly 5 ASCII digits.
int MunicipalityCheckDigit(std::string_view five_digits);

/// Accepts 5 digits (the check digit is added) or 6 digits (the check digit is verified),
/// full-width digits too; returns the 6-digit code. Errors name the value: a wrong check digit
/// suggests the right code (`did you mean 131016?`). A 5-digit value that is also a valid
/// 6-digit code once a leading 0 is put back (Excel drops it: 011002 -> 11002) parses as
/// 5 digits with a warning.
ParseResult<std::string> ParseMunicipalityCode(std::string_view text);

/// The prefecture code of a 6-digit code: "131016" -> 13. 0 when it does not start with
/// two ASCII digits.
int PrefectureOf(std::string_view six_digit_code);

}  // namespace renkei
