#include "lint/lint.h"

#include <catch2/catch.hpp>

#include "lint/lint_test_util.h"

using namespace renkei;
using lint_test::PageLibrary;
using lint_test::Places;

TEST_CASE("places count characters of the file, body lines after the front matter", "[lint]") {
  Library lib = PageLibrary("\n在宅医療の　ＡＢＣ\n", 5);
  Diagnostics d;
  LintReport r = Lint(lib, d);
  CHECK(Places(r) == std::vector<std::string>{"6:7 fullwidth-alnum"});
}

TEST_CASE("front matter title and description are checked at their places", "[lint]") {
  Library lib = PageLibrary("本文\n", 5);
  Page& p = lib.pages[0];
  p.front_matter = "title: お知らせ①\ndescription: \"ｶﾅの説明\"\n";
  p.title = "お知らせ①";
  p.description = "ｶﾅの説明";
  Diagnostics d;
  LintReport r = Lint(lib, d);
  REQUIRE(Places(r) == std::vector<std::string>{"2:12 misread-char", "3:15 halfwidth-kana"});
  CHECK(r.findings[0].diagnostic.message.rfind("`title`: character \"①\"", 0) == 0);
  CHECK(r.findings[1].edit->exact);
}

TEST_CASE("a lint-ignore comment silences one check on its line or the next", "[lint]") {
  Library lib = PageLibrary(
      "<!-- lint-ignore fullwidth-alnum -->\n"
      "ＡＢＣ\n"
      "ＤＥＦ ① <!-- lint-ignore misread-char, date-year -->\n"
      "ＧＨＩ\n");
  Diagnostics d;
  LintReport r = Lint(lib, d);
  CHECK(Places(r) == std::vector<std::string>{"3:1 fullwidth-alnum", "4:1 fullwidth-alnum"});
  CHECK(r.silenced == 2);
  CHECK(d.all().empty());
}

TEST_CASE("front matter lint_ignore silences a check on the whole page", "[lint]") {
  Library lib = PageLibrary("ＡＢＣ 12月5日\n");
  PageParam param;
  param.is_list = true;
  param.list = {"date-year", "no-such-check"};
  lib.pages[0].params["lint_ignore"] = param;
  Diagnostics d;
  LintReport r = Lint(lib, d);
  CHECK(Places(r) == std::vector<std::string>{"1:1 fullwidth-alnum"});
  CHECK(r.silenced == 1);
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].message.rfind("unknown lint check \"no-such-check\" in `lint_ignore`", 0) == 0);
}

TEST_CASE("record text fields are checked at the record, named by field", "[lint]") {
  Library lib;
  lib.content_dir = "content";
  BudgetLine b;
  b.title = "ＩＣＴ活用事業";
  b.where = {"content/budgets/2012.yaml", 7, 5};
  lib.budgets.push_back(b);
  Municipality m;
  m.name = "千代田区";
  m.kana = "ﾁﾖﾀﾞｸ";
  m.where = {"content/municipalities.csv", 2, 1};
  lib.municipalities.push_back(m);
  Diagnostics d;
  LintReport r = Lint(lib, d);
  REQUIRE(Places(r) == std::vector<std::string>{"2:1 halfwidth-kana", "7:5 fullwidth-alnum"});
  CHECK(r.findings[0].diagnostic.message ==
        "`kana`: half-width katakana \"ﾁﾖﾀﾞｸ\": write チヨダク");
  CHECK_FALSE(r.findings[1].edit->exact);
  lib.site.lint.ignore["budgets/2012.yaml"] = {"fullwidth-alnum"};
  r = Lint(lib, d);
  CHECK(Places(r) == std::vector<std::string>{"2:1 halfwidth-kana"});
  CHECK(r.silenced == 1);
}

TEST_CASE("Strict mode makes lint warnings errors but keeps notes", "[lint]") {
  Library lib = PageLibrary("ＡＢＣ。介護連携推進事業\n");
  Diagnostics d;
  LintReport r = Lint(lib, d);
  Diagnostics plain, strict;
  AddLintDiagnostics(r, false, plain);
  AddLintDiagnostics(r, true, strict);
  CHECK(plain.error_count() == 0);
  CHECK(plain.warning_count() == 1);
  CHECK(strict.error_count() == 1);
  CHECK(strict.warning_count() == 0);
  CHECK(strict.all().size() == 2);
  CHECK(strict.all()[0].message.find("[fullwidth-alnum]") != std::string::npos);
}

TEST_CASE("unknown check ids in site.yaml are warned about", "[lint]") {
  Library lib;
  lib.site.lint.disable = {"kanji-runs"};
  lib.site.lint.where = {"site.yaml", 40, 1};
  Diagnostics d;
  Lint(lib, d);
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].where.line == 40);
  CHECK(d.all()[0].severity == Severity::kWarning);
}

TEST_CASE("the page's own front matter keys and tags are checked at their places", "[lint]") {
  Library lib = PageLibrary("本文\n", 6);
  Page& p = lib.pages[0];
  p.front_matter = "title: x\nvenue: 第１会議室\ntags:\n  - ｶﾅ\n";
  p.params["venue"].scalar = "第１会議室";
  p.tags = {"ｶﾅ"};
  Diagnostics d;
  LintReport r = Lint(lib, d);
  CHECK(Places(r) == std::vector<std::string>{"5:5 halfwidth-kana", "3:9 fullwidth-alnum"});
}

TEST_CASE("Markdown in records is checked and named by its field", "[lint]") {
  Library lib;
  ProjectModel m;
  m.body_markdown = "詳しくは[こちら](https://example.jp/)。ＡＢ\n";
  m.where = {"models/m.yaml", 4, 5};
  lib.models.push_back(m);
  Diagnostics d;
  LintReport r = Lint(lib, d);
  REQUIRE(Places(r) == std::vector<std::string>{"4:5 link-text", "4:5 fullwidth-alnum"});
  CHECK(r.findings[0].diagnostic.message.rfind("`body`: link text \"こちら\"", 0) == 0);
  CHECK(r.findings[1].diagnostic.message.rfind("`body`: full-width", 0) == 0);
}
