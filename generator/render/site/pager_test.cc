#include "render/site/pager.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

/// The bar of links of page `number` as text: "1 … 4 5 [6] 7 8 … 20".
std::string Bar(const Pager& pager, size_t number) {
  data view = pager.View(PageEnv{"../../"}, number);
  if (!view.is_object()) return "(none)";
  mustache::mustache bar{
      "{{#prev_href}}< {{/prev_href}}"
      "{{#links}}{{#gap}}… {{/gap}}{{^gap}}{{#current}}[{{number}}] {{/current}}"
      "{{^current}}{{number}} {{/current}}{{/gap}}{{/links}}"
      "{{#next_href}}>{{/next_href}}"};
  return bar.render(view);
}

}  // namespace

TEST_CASE("pager: entries are split into pages of the given size") {
  const Pager pager("news/", 45, 20);
  CHECK(pager.pages() == 3);
  CHECK(pager.Begin(1) == 0);
  CHECK(pager.End(1) == 20);
  CHECK(pager.Begin(3) == 40);
  CHECK(pager.End(3) == 45);
  CHECK(Pager("news/", 40, 20).pages() == 2);
  CHECK(Pager("news/", 0, 20).pages() == 1);  // an empty list still has its page
  CHECK(Pager("news/", 1, 0).pages() == 1);   // a size of 0 is read as 1, not a division by it
}

TEST_CASE("pager: the first page keeps the list's address, the others are below it") {
  const Pager pager("tags/t-0123abcd/", 100, 20);
  CHECK(pager.PathOf(1) == "tags/t-0123abcd/");
  CHECK(pager.PathOf(2) == "tags/t-0123abcd/page/2/");
  CHECK(pager.PathOf(5) == "tags/t-0123abcd/page/5/");
}

TEST_CASE("pager: one page has no bar of links") {
  CHECK(Bar(Pager("news/", 20, 20), 1) == "(none)");
}

TEST_CASE("pager: the bar shows the ends and two pages on each side, gaps for the rest") {
  const Pager pager("news/", 400, 20);  // 20 pages
  CHECK(Bar(pager, 1) == "[1] 2 3 … 20 >");
  CHECK(Bar(pager, 4) == "< 1 2 3 [4] 5 6 … 20 >");  // no gap for one number (2)
  CHECK(Bar(pager, 6) == "< 1 … 4 5 [6] 7 8 … 20 >");
  CHECK(Bar(pager, 17) == "< 1 … 15 16 [17] 18 19 20 >");
  CHECK(Bar(pager, 20) == "< 1 … 18 19 [20] ");
  CHECK(Bar(Pager("news/", 60, 20), 2) == "< 1 [2] 3 >");
}

TEST_CASE("pager: links are relative to the page they are on") {
  const Pager pager("news/", 60, 20);
  data view = pager.View(PageEnv{"../../../"}, 2);
  mustache::mustache links{"{{prev_href}} {{next_href}} {{position}}"};
  CHECK(links.render(view) == "../../../news/index.html ../../../news/page/3/index.html 2 / 3");
}
