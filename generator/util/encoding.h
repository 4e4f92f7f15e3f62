// Converting text between UTF-8 and the encodings staff's files arrive in.
// glibc's iconv does the work; this is the one place that calls it.
#pragma once

#include <optional>
#include <string>

namespace renkei {

/// Converts `in` strictly from encoding `from` to encoding `to` (iconv names,
/// e.g. "CP932", "UTF-8"); std::nullopt at the first sequence that has no
/// counterpart, so a failed conversion never yields half a text.
std::optional<std::string> ConvertEncoding(const std::string& in, const char* to, const char* from);

}  // namespace renkei
