// Fiscal years (年度, 1 April to 31 March, named by the calendar year they
// start in) and the Japanese era names documents write them in.
#pragma once

#include <string>
#include <string_view>

#include "model/parse_result.h"

namespace renkei {

/// Parses a fiscal year: 2012, 2012年度, 平成24年度, H24, h24年度, R6, 令和6年度, 令和元年度,
/// 平成元年度, full-width digits too (令和６年度, ２０１２); surrounding whitespace is trimmed.
/// H31 and 令和元年度 are both FY2019. A Heisei year past the era's end (平成32年度) parses
/// to its Western year (2020) with a warning naming its Reiwa form (令和2年度).
/// Errors: era year 0 (year 1 is written 元年), 昭和, years before 1989 or after 2100,
/// an era year without the era (24), and unknown text.
ParseResult<int> ParseFiscalYear(std::string_view text);

/// The era form: 2012 -> "平成24年度", 1989 -> "平成元年度", 2019 -> "令和元年度",
/// 2024 -> "令和6年度". FY2019 and later are Reiwa. Years before 1989 fall back to
/// FormatWesternFiscalYear.
std::string FormatEraFiscalYear(int fy);

/// 2012 -> "2012年度".
std::string FormatWesternFiscalYear(int fy);

/// 2012 -> "平成24年度（2012年度）" (full-width parentheses).
std::string FormatFiscalYearBoth(int fy);

/// The era year without the era name, as prefecture tables head their columns:
/// 2016 -> "28年度", 2019 -> "元年度". Years before 1989 fall back to "1988年度".
std::string FormatEraYearOnly(int fy);

}  // namespace renkei
