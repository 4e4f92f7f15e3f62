#include "render/site/page_layout.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("page layout: the shipped layout keeps its header and footer fixed") {
  TemplateSet set;
  REQUIRE(set.Load("") == "");
  const auto parts = set.Cut("layout", PageValueKeys());
  size_t fixed_bytes = 0, varying_bytes = 0;
  for (const TemplateSet::Part& p : parts)
    (p.part.fixed ? fixed_bytes : varying_bytes) += p.part.text.size();
  // Most of the layout is rendered once per root and section, not per page.
  CHECK(fixed_bytes > 4 * varying_bytes);
  const auto nav = std::find_if(parts.begin(), parts.end(),
                                [](const TemplateSet::Part& p) { return p.part.Reads("nav"); });
  REQUIRE(nav != parts.end());
  CHECK(nav->part.fixed);
}
