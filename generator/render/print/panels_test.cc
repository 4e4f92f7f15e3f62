#include "render/print/panels.h"

#include <catch2/catch.hpp>

#include "load/pamphlet_block_loader.h"

namespace renkei {

TEST_CASE("a page section is the text under its heading", "[print]") {
  const std::string md =
      "intro\n\n## 日時と会場\n\n表\n\n### 細目\n\na\n\n## プログラム\n\n1. 講演\n";
  CHECK(MarkdownSection(md, "日時と会場") == "\n表\n\n### 細目\n\na\n\n");
  CHECK(MarkdownSection(md, "プログラム") == "\n1. 講演\n\n");
  CHECK(MarkdownSection(md, "細目") == "\na\n\n");
  CHECK(MarkdownSection(md, "ない").empty());
}

TEST_CASE("times of day", "[print]") {
  CHECK(NormalizeTimeOfDay("13:30") == "13:30");
  CHECK(NormalizeTimeOfDay("9:05") == "09:05");
  CHECK(NormalizeTimeOfDay("１３：３０") == "13:30");
  CHECK(NormalizeTimeOfDay("24:00").empty());
  CHECK(NormalizeTimeOfDay("13:60").empty());
  CHECK(NormalizeTimeOfDay("1330").empty());
  CHECK(NormalizeTimeOfDay("13:3").empty());
  CHECK(NormalizeTimeOfDay("ab:cd").empty());
}

TEST_CASE("type sizes: at least 10.5 pt, 14 pt in large print", "[print]") {
  Pamphlet p;
  CHECK(TypeFor(p).body_pt == 12);
  p.large_print = true;
  CHECK(TypeFor(p).body_pt == 14);
  p.format = PamphletFormat::kA3Poster;
  CHECK(TypeFor(p).body_pt > 14);
}

}  // namespace renkei

namespace renkei {

TEST_CASE("every value of a block is escaped", "[print]") {
  PrintTemplates t;
  REQUIRE(t.Load("").empty());
  Library lib;
  lib.site.contact.name = "<b>窓口</b>";
  lib.site.contact.address = "<script>x</script>";
  Pamphlet p;
  PamphletBlock contact;
  contact.kind = BlockKind::kContact;
  PamphletBlock event;
  event.kind = BlockKind::kEvent;
  event.event.date = {2026, 12, 5};
  event.event.start = "13:30";
  event.event.end = "16:00";
  event.event.place = "<img src=x>{会場|かいじょう}";
  event.heading = "<i>";
  Diagnostics diags;
  const std::string a = RenderBlock(lib, "", p, contact, 80, t, diags).html;
  const std::string b = RenderBlock(lib, "", p, event, 80, t, diags).html;
  CHECK(a.find("&lt;b&gt;窓口") != std::string::npos);
  CHECK(a.find("&lt;script&gt;") != std::string::npos);
  CHECK(a.find("<script") == std::string::npos);
  CHECK(b.find("&lt;img src=x&gt;<ruby>会場<rt>かいじょう</rt></ruby>") != std::string::npos);
  CHECK(b.find("&lt;i&gt;") != std::string::npos);
  CHECK(b.find("令和8年12月5日（土）") != std::string::npos);
  CHECK(b.find("13:30〜16:00") != std::string::npos);
  CHECK(diags.all().empty());
}

}  // namespace renkei
