#include "util/unicode.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace renkei {

namespace {

std::string Normalize(std::string_view s, bool lower) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  icu::UnicodeString out = nfkc->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))),
      status);
  if (U_FAILURE(status)) return std::string(s);
  if (lower) out.toLower(icu::Locale::getRoot());
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace

std::string Nfkc(std::string_view s) { return Normalize(s, false); }
std::string NfkcLower(std::string_view s) { return Normalize(s, true); }

}  // namespace renkei
