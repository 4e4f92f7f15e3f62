// Link text that says nothing out of context. Screen reader users move from
// link to link and hear only the link text: こちら, ここをクリック or a bare
// URL does not tell them where it leads.
#include <algorithm>

#include "lint/checks.h"
#include "util/text.h"

namespace renkei::lint {

namespace {

const char* const kVague[] = {
    "こちら",
    "ここ",
    "こちらから",
    "ここから",
    "こちらをクリック",
    "ここをクリック",
    "こちらをご覧ください",
    "こちらをご覧下さい",
    "詳しくはこちら",
    "詳細はこちら",
    "詳しくはここ",
    "詳細",
    "詳しく",
    "詳細を見る",
    "もっと見る",
    "続きを読む",
    "クリック",
    "リンク",
    "click here",
    "here",
    "click",
    "more",
    "read more",
    "link",
};

// Trims spaces and trailing punctuation and lower-cases ASCII.
std::string Normalize(std::string_view s) {
  std::string t = Trim(s);
  for (const char* tail : {"。", "．", "！", "!", ".", "、", "→", ">", "＞"}) {
    const std::string_view suffix(tail);
    while (t.size() >= suffix.size() &&
           t.compare(t.size() - suffix.size(), suffix.size(), suffix.data(), suffix.size()) == 0)
      t = Trim(t.substr(0, t.size() - suffix.size()));
  }
  std::transform(t.begin(), t.end(), t.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return t;
}

}  // namespace

void CheckLinkText(std::string_view text, std::string_view url, const Location& where, Sink& sink) {
  if (!sink.Enabled("link-text")) return;
  const std::string norm = Normalize(text);
  if (norm.empty()) {
    sink.ReportAt("link-text", Severity::kWarning, where,
                  "link without text to " + Quote(url) +
                      ": write where it leads, e.g. [相談窓口のご案内](" + Abbreviate(url, 30) +
                      ")");
    return;
  }
  if (norm.rfind("http://", 0) == 0 || norm.rfind("https://", 0) == 0 ||
      norm.rfind("www.", 0) == 0) {
    sink.ReportAt("link-text", Severity::kWarning, where,
                  "link text is a bare URL " + Quote(Trim(text)) +
                      ": write where it leads, e.g. [東京都のホームページ](" + Abbreviate(url, 30) +
                      ")");
    return;
  }
  for (const char* vague : kVague) {
    if (norm != vague) continue;
    sink.ReportAt("link-text", Severity::kWarning, where,
                  "link text " + Quote(Trim(text)) +
                      " says nothing out of context: name where it leads, e.g. "
                      "[在宅医療の相談窓口について](" +
                      Abbreviate(url, 30) + ")");
    return;
  }
}

}  // namespace renkei::lint
