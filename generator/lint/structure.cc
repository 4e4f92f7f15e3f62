// Structure: images without alternative text, tables without a header row,
// headings that skip a level, and emphasis by colour alone (赤字の部分) — in
// Markdown and in raw HTML inside it.
#include <algorithm>
#include <regex>

#include "lint/checks.h"
#include "util/text.h"

namespace renkei::lint {

namespace {

const char* const kColours[] = {"赤",     "青",     "緑",         "黄色",       "黄",     "橙",
                                "紫",     "水色",   "灰色",       "オレンジ",   "ピンク", "グレー",
                                "色付き", "色つき", "色の付いた", "色のついた", "色分け"};
// What follows a colour when it points at marked text (赤字 alone is a deficit, not a colour).
const char* const kPointers[] = {
    "字の部分", "字の箇所", "字のところ", "字の項目",   "字で示",   "字で表示", "字で記",
    "字で書",   "文字",     "色の部分",   "色の箇所",   "色の文字", "色の字",   "色の項目",
    "色の欄",   "色のセル", "色の行",     "色のところ", "色で示",   "色で表示", "色で記",
    "色で書",   "色で囲",   "色で塗",     "色の枠",     "い文字",   "い部分",   "い箇所",
    "い字",     "い枠",     "で示",       "で表示",     "で囲",     "で塗",     "で記し",
    "で書い",   "の部分",   "の箇所",     "の文字",     "の欄",     "の項目"};

bool StandsAlone(std::string_view colour) { return colour.rfind("色", 0) == 0; }

}  // namespace

void CheckColorWords(const LintText& t, Sink& sink) {
  if (!sink.Enabled("color-only")) return;
  const std::string& s = t.text();
  std::vector<std::pair<size_t, size_t>> found;
  for (std::string_view colour : kColours) {
    for (size_t at = s.find(colour); at != std::string::npos; at = s.find(colour, at + 1)) {
      size_t end = 0;
      if (StandsAlone(colour)) end = at + colour.size();
      for (std::string_view p : kPointers)
        if (!end && s.compare(at + colour.size(), p.size(), p) == 0)
          end = at + colour.size() + p.size();
      if (!end) continue;
      bool text = true;
      for (size_t b = at; b < end; ++b) text = text && t.mark(b) == Mark::kText;
      const bool overlaps = std::any_of(found.begin(), found.end(),
                                        [&](auto r) { return at < r.second && r.first < end; });
      if (!text || overlaps) continue;
      found.emplace_back(at, end);
      sink.Report("color-only", Severity::kWarning, t, at, end,
                  "colour alone carries the meaning " + Quote(s.substr(at, end - at)) +
                      ": also say it in words or mark it (e.g. ※, 【重要】)");
    }
  }
}

void CheckImageAlt(std::string_view alt, std::string_view url, const Location& where, Sink& sink) {
  if (!sink.Enabled("image-alt") || !Trim(alt).empty()) return;
  sink.ReportAt("image-alt", Severity::kWarning, where,
                "image without alternative text " + Quote(url) +
                    ": write what it shows, e.g. ![会場までの地図](" + Abbreviate(url, 30) + ")");
}

void CheckTableHeader(bool header_empty, const Location& where, Sink& sink) {
  if (!sink.Enabled("table-header") || !header_empty) return;
  sink.ReportAt("table-header", Severity::kWarning, where,
                "table without a header row (its first row is empty): write what each column "
                "holds in the first row, e.g. | 区市町村 | 実施数 |");
}

void CheckHeadingLevel(int level, int* previous, std::string_view title, const Location& where,
                       Sink& sink) {
  if (level > *previous + 1 && sink.Enabled("heading-skip")) {
    const int want = *previous + 1;
    sink.ReportAt("heading-skip", Severity::kWarning, where,
                  "heading " + Quote(Trim(title)) + " skips from level " +
                      std::to_string(*previous) + " to " + std::to_string(level) + ": use " +
                      std::string(want, '#') + " (level " + std::to_string(want) + ")" +
                      (*previous == 1 ? " (the page title is level 1)" : ""));
  }
  *previous = level;
}

void CheckHtml(std::string_view html, const Location& where, Sink& sink) {
  static const std::regex kImg("<img\\b[^>]*>", std::regex::icase);
  static const std::regex kAlt(
      "\\balt\\s*=\\s*(\"[^\"]*[^\"\\s][^\"]*\"|'[^']*\\S[^']*'|[^\\s\"'>]+)", std::regex::icase);
  static const std::regex kTable("<table\\b", std::regex::icase);
  static const std::regex kTh("<th\\b", std::regex::icase);
  static const std::regex kColour("<font\\b[^>]*color|style\\s*=\\s*[\"'][^\"']*color",
                                  std::regex::icase);
  const std::string h(html);
  for (std::sregex_iterator it(h.begin(), h.end(), kImg), end; it != end; ++it)
    if (!std::regex_search(it->str(), kAlt) && sink.Enabled("image-alt"))
      sink.ReportAt("image-alt", Severity::kWarning, where,
                    "<img> without alternative text: add alt=\"what it shows\"");
  if (std::regex_search(h, kTable) && !std::regex_search(h, kTh) && sink.Enabled("table-header"))
    sink.ReportAt("table-header", Severity::kWarning, where,
                  "<table> without header cells: mark the header row with <th>");
  if (std::regex_search(h, kColour) && sink.Enabled("color-only"))
    sink.ReportAt("color-only", Severity::kWarning, where,
                  "text coloured in HTML: colour alone must not carry the meaning; also say it "
                  "in words or mark it (e.g. ※, 【重要】)");
}

}  // namespace renkei::lint
