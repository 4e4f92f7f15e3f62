#include "load/page_front_matter.h"

#include <catch2/catch.hpp>

namespace renkei {
namespace {

/// The page and messages of `yaml` as the build reads it (the plain reader
/// first) and as yaml-cpp alone reads it.
struct BothReadings {
  std::optional<Page> fast, yaml;
  std::vector<Diagnostic> fast_diags, yaml_diags;
};

BothReadings ReadBoth(const std::string& yaml, const std::string& rel = "pages/news/a.md") {
  const std::string text = "---\n" + yaml + "---\nbody\n";
  const auto split = SplitFrontMatter(text);
  REQUIRE(split);
  BothReadings r;
  Diagnostics fast, slow;
  r.fast = PageFromFrontMatter(rel, "content/" + rel, *split, fast);
  r.yaml = PageFromFrontMatter(rel, "content/" + rel, *split, slow, FrontMatterReading::kYamlOnly);
  r.fast_diags = fast.all();
  r.yaml_diags = slow.all();
  return r;
}

}  // namespace

TEST_CASE("front matter reads the same with or without yaml-cpp", "[pages]") {
  for (const char* yaml : {
           "title: 在宅医療とは\nslug: zaitaku-iryo\ndescription: 説明です\n",
           "title: お知らせ\ndate: 2024-04-01\ntags:\n  - 相談窓口\n  - 研修\n",
           "title: x\ntags: ひとつ\n",  // a tag as text
           "title: x\nhero: top.jpg\nlinks:\n  - a\n  - b\nurl: https://a.jp/?b=c\n",  // params
           "title: x\ndate: ２０２４-０４-０１\n",  // full-width date
           "title: x\nslug: ａｂｃ\n",              // slug normalized to half width
           "title: x\norder: 3\ndraft: false\n",    // left to yaml-cpp
           "title: x\ndraft: true\n",               // a draft: no page
           // Problems, each placed by yaml-cpp:
           "title: x\ndate: 2024-13-01\n",
           "title: x\nslug: Not_A_Slug\n",
           "slug: no-title\n",
       }) {
    INFO(yaml);
    const BothReadings r = ReadBoth(yaml);
    CHECK(r.fast == r.yaml);
    CHECK(r.fast_diags == r.yaml_diags);
  }
  // A folder or a file name that cannot be a web address.
  for (const char* rel : {"pages/Bad_Folder/a.md", "pages/news/お知らせ.md"}) {
    INFO(rel);
    const BothReadings r = ReadBoth("title: x\n", rel);
    CHECK_FALSE(r.fast);
    CHECK(r.fast_diags.size() == 1);
    CHECK(r.fast_diags == r.yaml_diags);
  }
}

TEST_CASE("front matter read without yaml-cpp fills every field", "[pages]") {
  const BothReadings r = ReadBoth(
      "title: 在宅医療\nslug: zaitaku\ndescription: 説明\ndate: 2024-04-01\n"
      "tags:\n  - a\n  - b\nextra: 値\nlist:\n  - x\n");
  REQUIRE(r.fast);
  CHECK(r.fast_diags.empty());
  CHECK(r.fast->title == "在宅医療");
  CHECK(r.fast->slug == "zaitaku");
  CHECK(r.fast->description == "説明");
  CHECK(r.fast->date.has_value());
  CHECK(r.fast->tags == std::vector<std::string>{"a", "b"});
  CHECK(r.fast->url_path == "news/zaitaku/");
  CHECK(r.fast->params.at("extra").scalar == "値");
  CHECK(r.fast->params.at("list").list == std::vector<std::string>{"x"});
  CHECK(r.fast->params.at("list").is_list);
  CHECK(r.fast == r.yaml);
}

TEST_CASE("a front matter problem is placed by yaml-cpp", "[pages]") {
  const BothReadings r = ReadBoth("title: x\ndate: 2024-13-01\n");
  REQUIRE(r.fast_diags.size() == 1);
  CHECK(r.fast_diags[0].where.line == 3);  // the date's line in the file
  CHECK(r.fast_diags[0].message.find("`date`") != std::string::npos);
}

}  // namespace renkei
