// Any text through every domain rule parser, and what parses must format and
// parse back to the same value.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "model/amount.h"
#include "model/fiscal_year.h"
#include "model/japanese_date.h"
#include "model/municipality_code.h"
#include "model/share.h"

using namespace renkei;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (auto fy = ParseFiscalYear(text); fy.ok()) {
    if (ParseFiscalYear(FormatEraFiscalYear(*fy.value)).value != fy.value) abort();
    if (ParseFiscalYear(FormatWesternFiscalYear(*fy.value)).value != fy.value) abort();
  }
  if (auto amount = ParseAmount(text); amount.ok() && amount.value->yen) {
    const int64_t yen = *amount.value->yen;
    auto back = ParseAmount(FormatYen(yen));
    if (!back.ok() || back.value->yen != yen) abort();
    FormatThousandYen(yen);
  }
  if (auto code = ParseMunicipalityCode(text); code.ok()) {
    if (ParseMunicipalityCode(*code.value).value != code.value) abort();
  }
  if (auto date = ParseIsoDate(text); date.ok()) {
    FormatJapaneseDate(*date.value);
    if (ParseIsoDate(FormatIsoDate(*date.value)).value != date.value) abort();
  }
  if (size >= 8) {
    // Four small integers as two shares: formatting must never crash.
    auto num = [&](int i) { return static_cast<int64_t>(data[i] | (data[i + 1] << 8)) % 2000; };
    const Share now{num(0), num(2) + 1}, prev{num(4), num(6) + 1};
    FormatComparison(now, prev);
    FormatComparison(std::nullopt, prev);
  }
  return 0;
}
