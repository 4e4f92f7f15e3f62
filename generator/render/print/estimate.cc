#include "render/print/estimate.h"

#include <cmath>
#include <string>

#include "render/markdown.h"

namespace renkei {

namespace {

constexpr double kLineHeight = 1.55;
constexpr double kParagraphGapMm = 1.5;

double WidthEm(std::string_view text) {
  double em = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = text[i];
    if (c < 0x80) {
      em += 0.55;
    } else if ((c & 0xC0) != 0x80) {
      em += 1.0;  // the lead byte of a multi-byte character
    }
  }
  return em;
}

bool StartsWithAt(std::string_view s, size_t pos, std::string_view prefix) {
  return s.substr(pos, prefix.size()) == prefix;
}

}  // namespace

double EstimateHtmlHeightMm(std::string_view html, double width_mm, double pt) {
  static constexpr std::string_view kBreaks[] = {"</p>",  "</li>", "</h1>", "</h2>", "</h3>",
                                                 "</h4>", "</dd>", "</tr>", "<br>",  "</div>"};
  const double em_mm = PtToMm(pt);
  const double per_line = std::max(1.0, std::floor(width_mm / em_mm));
  double height = 0;
  size_t start = 0;
  auto flush = [&](size_t end) {
    const std::string text = HtmlToText(html.substr(start, end - start));
    if (text.empty() || text == " ") return;
    const double lines = std::ceil(WidthEm(text) / per_line);
    height += lines * em_mm * kLineHeight + kParagraphGapMm;
  };
  for (size_t i = 0; i < html.size(); ++i) {
    if (html[i] != '<') continue;
    for (std::string_view b : kBreaks) {
      if (StartsWithAt(html, i, b)) {
        flush(i);
        start = i + b.size();
        break;
      }
    }
  }
  flush(html.size());
  return height;
}

}  // namespace renkei
