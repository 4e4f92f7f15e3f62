// Readability for the easy-Japanese audience (notes, not warnings): very long
// sentences, and runs of kanji without a ruby annotation ({漢字|かんじ}).
#include "lint/checks.h"
#include "util/text.h"

namespace renkei::lint {

namespace {

bool EndsSentence(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?';
}
bool Closing(char32_t c) { return c == U'」' || c == U'』' || c == U'）' || c == U')'; }

void CheckSentences(const LintText& t, Sink& sink) {
  const std::string& s = t.text();
  const int max = sink.settings().max_sentence_chars;
  size_t begin = std::string::npos;
  int length = 0;
  auto finish = [&](size_t end) {
    if (begin != std::string::npos && length > max)
      sink.Report("long-sentence", Severity::kInfo, t, begin, end,
                  "long sentence (" + std::to_string(length) + " characters, over " +
                      std::to_string(max) + ") " +
                      Quote(Abbreviate(s.substr(begin, end - begin), 20)) +
                      ": split it into shorter sentences");
    begin = std::string::npos;
    length = 0;
  };
  size_t i = 0;
  while (i < s.size()) {
    const size_t at = i;
    const char32_t c = NextChar(s, &i);
    if (t.mark(at) == Mark::kVerbatim) continue;
    if (begin == std::string::npos) {
      if (IsSpace(c)) continue;
      begin = at;
    }
    ++length;
    if (EndsSentence(c)) {
      while (i < s.size()) {  // 。」 and ！） end together
        size_t j = i;
        if (!Closing(NextChar(s, &j))) break;
        i = j;
        ++length;
      }
      finish(i);
    }
  }
  finish(s.size());
}

void CheckKanjiRuns(const LintText& t, Sink& sink) {
  const std::string& s = t.text();
  const int max = sink.settings().max_kanji_run;
  size_t begin = 0;
  int run = 0;
  auto finish = [&](size_t end) {
    if (run >= max) {
      const std::string q = s.substr(begin, end - begin);
      sink.Report("kanji-run", Severity::kInfo, t, begin, end,
                  std::to_string(run) + " kanji in a row " + Quote(q) +
                      " without furigana: add a reading, e.g. {" + q +
                      "|よみかた}, or write part of it in kana");
    }
    run = 0;
  };
  size_t i = 0;
  while (i < s.size()) {
    const size_t at = i;
    const char32_t c = NextChar(s, &i);
    if (t.mark(at) == Mark::kText && IsKanji(c)) {
      if (run == 0) begin = at;
      ++run;
    } else {
      finish(at);
    }
  }
  finish(s.size());
}

}  // namespace

void CheckReadability(const LintText& t, Sink& sink) {
  if (sink.Enabled("long-sentence")) CheckSentences(t, sink);
  if (sink.Enabled("kanji-run")) CheckKanjiRuns(t, sink);
}

void CheckText(LintText& text, Sink& sink) {
  text.MarkRubyAndAllowed(sink.settings().allow);
  CheckCharacters(text, sink);
  CheckSpacing(text, sink);
  CheckDates(text, sink);
  CheckColorWords(text, sink);
  CheckReadability(text, sink);
}

}  // namespace renkei::lint
