// The result of parsing one field value. Domain rules know nothing of files;
// the loader attaches the location when it turns this into a Diagnostic.
#pragma once

#include <optional>
#include <string>

namespace renkei {

template <class T>
struct ParseResult {
  std::optional<T> value;  ///< Set on success.
  std::string error;       ///< Non-empty on failure: says what is wrong and what would be right.
  std::string warning;  ///< May be set on success (e.g. 平成32年度, a year after the era ended).

  bool ok() const { return value.has_value(); }
  static ParseResult Fail(const std::string& message) {
    ParseResult r;
    r.error = message;
    return r;
  }
};

}  // namespace renkei
