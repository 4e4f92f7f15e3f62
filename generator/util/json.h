// JSON string literals: the one escaper for open data and the search index.
#pragma once

#include <string>
#include <string_view>

namespace renkei {

/// Appends `text` as a JSON string literal with its quotes, escaping " \ and
/// control characters, and U+2028/U+2029 (which end a line in older
/// JavaScript). With `escape_lt`, < too, so that the JSON may stand inside an
/// HTML <script> element. Runs of plain text are appended whole: the national
/// open data writes 4.5 million strings.
void AppendJsonString(std::string& out, std::string_view text, bool escape_lt = false);

}  // namespace renkei
