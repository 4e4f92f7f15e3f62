#include "render/templates.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace renkei;

TEST_CASE("templates: the shipped set loads and has every site template") {
  TemplateSet set;
  REQUIRE(set.Load("") == "");
  CHECK(set.Require({"layout", "home", "page", "item", "budgets", "search", "404"}) == "");
  CHECK(set.Require({"nope"}).find("nope.mustache") != std::string::npos);
}

TEST_CASE("templates: values are HTML-escaped, partials expanded") {
  TemplateSet set;
  REQUIRE(set.AddForTest("partials/p", "[{{v}}]") == "");
  REQUIRE(set.AddForTest("t", "{{> p}}{{{raw}}}") == "");
  TemplateRenderer r(set);
  mustache::data d;
  d.set("v", "<a href=\"x\">'&'</a>");
  d.set("raw", "<b>ok</b>");
  mustache::context<std::string> ctx(&d);
  // Escaped as every data value is (EscapeHtml), not by kainjow's own escape.
  CHECK(r.Render("t", ctx) == "[&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;]<b>ok</b>");
}

TEST_CASE("templates: a missing partial is an error naming it and the template") {
  TemplateSet set;
  const std::string err = set.AddForTest("t", "a {{> missing_one}} b");
  CHECK(err.find("missing_one") != std::string::npos);
  CHECK(err.find("t.mustache") != std::string::npos);
  TemplateSet loop;
  loop.AddForTest("partials/a", "{{> a}}");
  CHECK(loop.AddForTest("x", "{{> a}}").find("loop") != std::string::npos);
}

TEST_CASE("templates: a user's directory overrides shipped templates file by file") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "renkei-templates-test";
  fs::remove_all(dir);
  fs::create_directories(dir / "partials");
  std::ofstream(dir / "404.mustache") << "custom 404 {{page_title}}";
  std::ofstream(dir / "partials" / "footer.mustache") << "<footer>mine</footer>";
  TemplateSet set;
  REQUIRE(set.Load(dir.string()) == "");
  CHECK(set.Expanded("404") == "custom 404 {{page_title}}");
  CHECK(set.Expanded("layout").find("<footer>mine</footer>") != std::string::npos);
  CHECK(set.Expanded("home").find("{{site_title}}") != std::string::npos);  // still shipped
  std::ofstream(dir / "page.mustache") << "{{> not_there}}";
  TemplateSet broken;
  const std::string err = broken.Load(dir.string());
  CHECK(err.find("not_there") != std::string::npos);
  CHECK(err.find((dir / "page.mustache").string()) != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("templates: an HTML value put in place gives what rendering it gives") {
  TemplateSet set;
  for (const auto& [name, text] : std::vector<std::pair<std::string, std::string>>{
           {"once", "<main>\n{{{body}}}\n</main>\n"},
           {"escaped", "<pre>{{body}}</pre>"},
           {"twice", "{{{body}}}|{{{body}}}"},
           {"absent", "no body"},
           {"standalone", "a\n{{#on}}{{{body}}}{{/on}}\nb\n"},
           {"other", "{{{other}}}{{{body}}}"},
           {"literal", "<\x1frenkei:html\x1f>{{body}}"}})
    REQUIRE(set.AddForTest(name, text) == "");
  TemplateRenderer r(set);
  for (const std::string body : {"<p>本文</p>\n<p>二</p>", "", "  \n", "<\x1frenkei:html\x1f>"}) {
    for (const char* name :
         {"once", "escaped", "twice", "absent", "standalone", "other", "literal"}) {
      mustache::data d;
      d.set("on", mustache::data::type::bool_true);
      d.set("other", "<\x1frenkei:html\x1f>");  // the mark itself, in another value
      mustache::context<std::string> ctx(&d);
      std::string spliced = "kept:";
      r.RenderWithHtml(name, ctx, d, "body", body, &spliced);
      d.set("body", body);
      CHECK(spliced == "kept:" + r.Render(name, ctx));
    }
  }
}
