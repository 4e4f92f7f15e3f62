#include "render/template_parts.h"

#include <catch2/catch.hpp>

#include "render/templates.h"

using namespace renkei;

namespace {

/// The template rendered whole, and its parts rendered one after the other.
std::pair<std::string, std::string> WholeAndParts(const std::string& text,
                                                  const std::vector<std::string>& varying,
                                                  const mustache::data& d) {
  TemplateSet set;
  REQUIRE(set.AddForTest("t", text) == "");
  const std::vector<TemplateSet::Part> parts = set.Cut("t", varying);
  TemplateRenderer r(set);
  mustache::context<std::string> ctx(&d);
  std::string joined;
  for (const TemplateSet::Part& p : parts) r.Render(p.name, ctx, &joined);
  return {r.Render("t", ctx), joined};
}

std::vector<bool> Fixed(const std::vector<TemplatePart>& parts) {
  std::vector<bool> fixed;
  for (const TemplatePart& p : parts) fixed.push_back(p.fixed);
  return fixed;
}

}  // namespace

TEST_CASE("template parts: lines naming a varying value vary, the others are fixed") {
  const std::string text =
      "<head>\n<title>{{title}}</title>\n<link href=\"{{root}}a.css\">\n"
      "{{#nav}}\n<a href=\"{{href}}\">{{label}}</a>\n{{/nav}}\n<main>{{{content}}}</main>\n</html>";
  const std::vector<TemplatePart> parts = CutTemplate(text, {"title", "content"});
  REQUIRE(parts.size() == 5);
  CHECK(Fixed(parts) == std::vector<bool>{true, false, true, false, true});
  CHECK(parts[0].text == "<head>\n");
  CHECK(parts[1].text == "<title>{{title}}</title>\n");
  // A section's lines stay together, with the names inside it.
  CHECK(parts[2].text ==
        "<link href=\"{{root}}a.css\">\n{{#nav}}\n<a href=\"{{href}}\">"
        "{{label}}</a>\n{{/nav}}\n");
  CHECK(parts[2].names == std::vector<std::string>{"root", "nav", "href", "label"});
  CHECK(parts[3].Reads("content"));
  CHECK_FALSE(parts[3].Reads("title"));
  CHECK(parts[4].text == "</html>");  // the last line, without a line break
}

TEST_CASE("template parts: a section naming a varying value inside varies whole") {
  const auto parts = CutTemplate("a\n{{#list}}\n{{page}}\n{{/list}}\nb\n", {"page"});
  CHECK(Fixed(parts) == std::vector<bool>{true, false, true});
  CHECK(parts[1].text == "{{#list}}\n{{page}}\n{{/list}}\n");
  // "a.b" is looked up from "a"; {{.}} is whatever is on top, so it varies.
  CHECK(Fixed(CutTemplate("{{page.title}}\nx\n", {"page"})) == std::vector<bool>{false, true});
  CHECK(Fixed(CutTemplate("{{#l}}{{.}}{{/l}}\nx\n", {})) == std::vector<bool>{false, true});
  // Comments name nothing; {{& x}} and {{^x}} name x.
  CHECK(Fixed(CutTemplate("{{! page }}\n{{& page}}\n{{^ page}}y{{/ page}}\n", {"page"})) ==
        std::vector<bool>{true, false});
}

TEST_CASE("template parts: what cannot be cut safely is one varying part") {
  for (const char* text : {"{{=<% %>=}}\n<% x %>\n", "a\n{{> p}}\nb\n", "a\n{{#s}}\nb\n",
                           "a\n{{/s}}\nb\n", "a\n{{unclosed\nb\n"}) {
    const auto parts = CutTemplate(text, {"x"});
    REQUIRE(parts.size() == 1);
    CHECK_FALSE(parts[0].fixed);
    CHECK(parts[0].text == text);
    CHECK(parts[0].Reads("anything"));
  }
}

TEST_CASE("template parts: rendered in order, the parts give what the whole gives") {
  mustache::data d;
  d.set("title", "<T>");
  d.set("root", "../");
  d.set("empty", mustache::data::type::bool_false);
  mustache::data nav(mustache::data::type::list);
  for (const char* label : {"a", "b"}) {
    mustache::data e;
    e.set("label", label);
    nav.push_back(e);
  }
  d.set("nav", nav);
  // Standalone section lines are dropped, indented ones too, CRLF kept, blank
  // lines kept, a last line without a break.
  const std::string text =
      "<h1>{{title}}</h1>\r\n  {{#empty}}\n  never\n  {{/empty}}\n\n{{#nav}}\n"
      "<li>{{label}}{{title}}</li>\n{{/nav}}\n{{^empty}}\nshown {{root}}\n{{/empty}}\n"
      "{{title}} {{#nav}}{{label}}{{/nav}}\r\ntail {{root}}";
  for (const std::vector<std::string>& varying :
       std::vector<std::vector<std::string>>{{"title"}, {"root"}, {"nav", "empty"}, {}}) {
    const auto [whole, joined] = WholeAndParts(text, varying, d);
    CHECK(joined == whole);
  }
}
