// HTML escaping: the one function every renderer uses for data values.
#pragma once

#include <string>
#include <string_view>

namespace renkei {

/// Appends `text` with & < > " ' escaped, for HTML text and attribute values.
void AppendHtmlEscaped(std::string& out, std::string_view text);

/// `text` with & < > " ' escaped.
std::string EscapeHtml(std::string_view text);

}  // namespace renkei
