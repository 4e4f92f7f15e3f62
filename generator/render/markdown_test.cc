#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

using renkei::FuriganaHtml;
using renkei::HtmlToText;
using renkei::MarkdownOptions;
using renkei::RenderMarkdown;
using renkei::StripFurigana;

namespace {
bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("markdown: GFM tables, strikethrough, autolinks, task lists, footnotes") {
  const std::string html = RenderMarkdown(
      "| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~old~~ https://example.jp\n\n- [x] done\n- [ ] todo\n\n"
      "text[^1]\n\n[^1]: note\n");
  CHECK(Contains(html, "<table>"));
  CHECK(Contains(html, "<td style=\"text-align: right\">2</td>"));
  CHECK(Contains(html, "<del>old</del>"));
  CHECK(Contains(html, "<a href=\"https://example.jp\">https://example.jp</a>"));
  CHECK(Contains(html, "type=\"checkbox\""));
  CHECK(Contains(html, "class=\"footnotes\""));
}

TEST_CASE("markdown: raw HTML and dangerous links are not passed through") {
  const std::string html = RenderMarkdown(
      "<script>alert(1)</script>\n\nhi <b onclick=x>b</b>\n\n[a](javascript:alert(1)) "
      "[b](JavaScript:x) [c](data:text/html,x) ![i](data:image/png;base64,AA) [d]( vbscript:x)");
  CHECK_FALSE(Contains(html, "<script"));
  CHECK_FALSE(Contains(html, "<b onclick"));
  CHECK_FALSE(Contains(html, "javascript:"));
  CHECK_FALSE(Contains(html, "JavaScript:"));
  CHECK_FALSE(Contains(html, "data:"));
  CHECK_FALSE(Contains(html, "vbscript"));
  CHECK(Contains(html, "<p>a b c i d</p>"));  // the text stays, the link goes
}

TEST_CASE("markdown: furigana as group and per-character ruby") {
  CHECK(RenderMarkdown("{漢字|かんじ}を読む") == "<p><ruby>漢字<rt>かんじ</rt></ruby>を読む</p>\n");
  CHECK(RenderMarkdown("{在宅|ざい|たく}医療") ==
        "<p><ruby>在<rt>ざい</rt>宅<rt>たく</rt></ruby>医療</p>\n");
  // A count of readings that does not match the characters: one group reading.
  CHECK(Contains(RenderMarkdown("{在宅医療|ざいたく|いりょう}"),
                 "<ruby>在宅医療<rt>ざいたくいりょう</rt></ruby>"));
  // Inside emphasis and links too.
  CHECK(Contains(RenderMarkdown("**{看取|みと}り**"),
                 "<strong><ruby>看取<rt>みと</rt></ruby>り</strong>"));
  CHECK(Contains(RenderMarkdown("[{相談|そうだん}](/soudan/)"),
                 "<a href=\"soudan/index.html\"><ruby>相談<rt>そうだん</rt></ruby></a>"));
}

TEST_CASE("markdown: no furigana in code, when escaped, or when malformed") {
  CHECK(RenderMarkdown("`{漢字|かんじ}`") == "<p><code>{漢字|かんじ}</code></p>\n");
  CHECK(Contains(RenderMarkdown("```\n{漢字|かんじ}\n```\n"),
                 "<pre><code>{漢字|かんじ}\n</code></pre>"));
  CHECK(RenderMarkdown("\\{漢字|かんじ}") == "<p>{漢字|かんじ}</p>\n");
  CHECK(RenderMarkdown("`\\{a|b}`") == "<p><code>\\{a|b}</code></p>\n");
  CHECK(RenderMarkdown("{|かんじ} {漢字|} {漢字} {a\nb|c}") ==
        "<p>{|かんじ} {漢字|} {漢字} {a\nb|c}</p>\n");
  // Image alt text keeps the base text only.
  CHECK(Contains(RenderMarkdown("![{地図|ちず}](map.png)"), "alt=\"地図\""));
}

TEST_CASE("markdown: escaping of furigana text and values") {
  CHECK(RenderMarkdown("{A&B|\"え\"}") == "<p><ruby>A&amp;B<rt>&quot;え&quot;</rt></ruby></p>\n");
  CHECK(FuriganaHtml("A&B {漢字|かんじ}") == "A&amp;B <ruby>漢字<rt>かんじ</rt></ruby>");
  CHECK(StripFurigana("{在宅|ざい|たく}医療と{介護|かいご}") == "在宅医療と介護");
  CHECK(renkei::EscapeHtml("<a href=\"x\">'&'</a>") ==
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST_CASE("markdown: internal links become relative and open from disk") {
  MarkdownOptions opt;
  opt.root = "../../";
  const std::string html = RenderMarkdown(
      "[a](/soudan/) [b](../zaitaku-iryo/) [c](/items/a/#x) [d](https://e.jp/x/) "
      "[e](mailto:a@b.jp) [f](#top) [g](/file.pdf) [h](/)",
      opt);
  CHECK(Contains(html, "href=\"../../soudan/index.html\""));
  CHECK(Contains(html, "href=\"../zaitaku-iryo/index.html\""));
  CHECK(Contains(html, "href=\"../../items/a/index.html#x\""));
  CHECK(Contains(html, "href=\"https://e.jp/x/\""));
  CHECK(Contains(html, "href=\"mailto:a@b.jp\""));
  CHECK(Contains(html, "href=\"#top\""));
  CHECK(Contains(html, "href=\"../../file.pdf\""));
  CHECK(Contains(html, "href=\"../../index.html\""));
}

TEST_CASE("HtmlToText ends a run of text at the first tag, entity or space, wherever it falls") {
  // Runs of multibyte characters are skipped eight bytes at a time: a stop at
  // any offset from the run's start, after ASCII or not, is still found.
  for (const std::string lead : {"", "a", "ab1"}) {
    for (int k = lead.empty() ? 1 : 0; k < 12; ++k) {  // a run is never empty
      std::string run = lead;
      for (int i = 0; i < k; ++i) run += "在";
      INFO(lead << " + " << k);
      CHECK(HtmlToText("<p>" + run + "&amp;" + run + "<b>宅</b>" + run + "\n" + run + "</p>x") ==
            run + "&" + run + "宅" + run + " " + run + " x");
    }
  }
}

TEST_CASE("HtmlToText drops tags and ruby readings, keeps words together") {
  CHECK(HtmlToText(
            "<p><ruby>在宅<rt>ざいたく</rt></ruby><strong>医療</strong></p><p>a &amp; b</p>") ==
        "在宅医療 a & b");
  CHECK(HtmlToText("<td>1</td><td>2</td>&#x5728;&#23429;") == "1 2 在宅");
}

namespace {
/// cmark-gfm's HTML for `markdown` with every extension renkei uses attached,
/// as RenderMarkdown rendered every page before it attached only those a page
/// can use.
std::string WithEveryExtension(const std::string& markdown) {
  cmark_gfm_core_extensions_ensure_registered();
  const int options =
      CMARK_OPT_SAFE | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_FOOTNOTES;
  cmark_parser* parser = cmark_parser_new(options);
  for (const char* name : {"table", "autolink", "strikethrough", "tasklist", "tagfilter"})
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* doc = cmark_parser_finish(parser);
  char* html = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser));
  std::string out(html);
  free(html);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  return out;
}
}  // namespace

TEST_CASE("markdown: a page is rendered as with every extension, though given only those it uses") {
  for (const char* markdown : {
           "在宅医療と介護の連携。\n\n- 相談窓口\n- 多職種研修\n",  // none of them
           "| a | b |\n|---|:-:|\n| 1 | 2 |\n",
           "a | b\n--- | ---\n1 | 2\n",
           "見出し\n:-:\nつづき\n",
           "| 一列 |\n| - |\n| 値 |\n",
           "見出し\n---\n\n***\n\n- - -\n",
           "www.example.jp を見る。 WWW.EXAMPLE.JP も。",
           "詳しくは https://example.jp/a?b=1 へ。",
           "HTTP://EXAMPLE.JP: ftp://example.jp",
           "連絡先 info@example.jp まで",
           "mailto:a@example.jp",
           "xmpp:a@example.jp/x",
           "時刻 10:30、比 1:2",
           "[リンク](https://example.jp) と [内部](a/b)",
           "~~取り消し~~ と ~一本~",
           "- [ ] 未\n- [x] 済\n* [X] 大",
           "[^1] と [x]\n\n[^1]: 注",
           "<div>生の HTML</div>\n\n<script>alert(1)</script> <b>b</b>",
           "全角：＠ｗｗｗ．",
           "`code: www.a.jp` と\n\n    ~~ | --- |\n",
       }) {
    INFO(markdown);
    CHECK(RenderMarkdown(markdown) == WithEveryExtension(markdown));
  }
}
