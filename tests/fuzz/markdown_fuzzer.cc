// Any text as a Markdown page body: cmark-gfm in safe mode plus renkei's
// furigana and link rewriting. Beyond not crashing, the output must never
// carry markup that could run script.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "render/markdown.h"

namespace {
// Text is escaped (&lt;), so every '<' in the output opens a tag renkei or
// cmark-gfm wrote. A tag may not be script-like, carry an event handler
// attribute, or point at a javascript: URL.
bool HasDangerousTag(const std::string& html) {
  for (size_t open = html.find('<'); open != std::string::npos; open = html.find('<', open + 1)) {
    const size_t close = html.find('>', open);
    std::string tag =
        html.substr(open, close == std::string::npos ? std::string::npos : close - open);
    for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (tag.rfind("<script", 0) == 0 || tag.rfind("<iframe", 0) == 0 ||
        tag.rfind("<object", 0) == 0 || tag.find("href=\"javascript:") != std::string::npos ||
        tag.find("src=\"javascript:") != std::string::npos)
      return true;
    // An event handler is an attribute name (outside quoted values) starting with "on".
    char quote = 0;
    for (size_t i = 1; i + 3 < tag.size(); ++i) {
      const char c = tag[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (std::isspace(static_cast<unsigned char>(c)) && tag.compare(i + 1, 2, "on") == 0) {
        size_t j = i + 3;
        while (j < tag.size() && std::isalpha(static_cast<unsigned char>(tag[j]))) ++j;
        if (j > i + 3 && j < tag.size() && tag[j] == '=') return true;
      }
    }
  }
  return false;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  renkei::MarkdownOptions options;
  options.root = "../../";
  const std::string html = renkei::RenderMarkdown(text, options);
  // Raw HTML is never passed through, so no tag renkei does not write appears.
  if (HasDangerousTag(html)) abort();
  renkei::StripFurigana(text);
  if (HasDangerousTag(renkei::FuriganaHtml(text))) abort();
  renkei::HtmlToText(html);
  return 0;
}
