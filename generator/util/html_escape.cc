#include "util/html_escape.h"

#include <array>

namespace renkei {

namespace {

/// The entity of each byte that needs one, or null: one load a byte, where a
/// switch on five characters was five tests (every value of every page).
constexpr std::array<const char*, 256> Entities() {
  std::array<const char*, 256> entities{};
  entities['&'] = "&amp;";
  entities['<'] = "&lt;";
  entities['>'] = "&gt;";
  entities['"'] = "&quot;";
  entities['\''] = "&#39;";
  return entities;
}
constexpr std::array<const char*, 256> kEntities = Entities();

}  // namespace

void AppendHtmlEscaped(std::string& out, std::string_view text) {
  size_t plain = 0;  // the start of the text not appended yet, none of it escaped
  for (size_t i = 0; i < text.size(); ++i) {
    const char* entity = kEntities[static_cast<unsigned char>(text[i])];
    if (!entity) continue;
    out.append(text, plain, i - plain);
    out += entity;
    plain = i + 1;
  }
  out.append(text, plain);
}

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  AppendHtmlEscaped(out, text);
  return out;
}

}  // namespace renkei
