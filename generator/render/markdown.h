// Markdown for pages written by municipal staff: GitHub Flavored Markdown
// (tables, autolinks, strikethrough, task lists, footnotes) rendered by
// cmark-gfm in safe mode with the tagfilter extension, plus furigana.
// Pure functions: no state is kept between calls, so they may run on many
// threads at once.
#pragma once

#include <string>
#include <string_view>

#include "util/html_escape.h"  // EscapeHtml, for callers that place text beside rendered Markdown

namespace renkei {

struct MarkdownOptions {
  /// The relative path from the page to the site root ("../../", or "" on
  /// the home page). Links starting with one "/" are made relative with it,
  /// so the site works from disk and under a sub-path.
  std::string root;
  bool footnotes = true;
};

/// Renders Markdown to HTML that is safe to place in a page:
/// - raw HTML is not passed through (it becomes an HTML comment), and link or
///   image targets starting with javascript:, vbscript:, file: or data: are dropped;
/// - `{漢字|かんじ}` becomes `<ruby>漢字<rt>かんじ</rt></ruby>` and `{在宅|ざい|たく}`
///   (one reading per character) `<ruby>在<rt>ざい</rt>宅<rt>たく</rt></ruby>`, except in
///   code spans and code blocks; `\{` keeps a brace literally;
/// - internal links to a folder ("/soudan/", "../news/") get "index.html" appended so
///   they open from disk (file://) too.
std::string RenderMarkdown(std::string_view markdown, const MarkdownOptions& options = {});

/// `{漢字|かんじ}` -> `漢字`: the base text only, for <title>, descriptions and search.
std::string StripFurigana(std::string_view text);

/// HTML-escapes `text` and renders its furigana as ruby (for titles shown in headings).
std::string FuriganaHtml(std::string_view text);

/// The visible text of renkei-made HTML: tags removed, ruby readings (<rt>) dropped,
/// the five entities renkei writes (&amp; &lt; &gt; &quot; &#39;/&apos;) and numeric
/// entities decoded, whitespace runs collapsed to one space.
std::string HtmlToText(std::string_view html);

}  // namespace renkei
