#include "load/plain_yaml.h"

#include <catch2/catch.hpp>

namespace renkei {
namespace {

// The fast reader either declines or agrees with yaml-cpp.
void RequireAgrees(const std::string& text) {
  INFO(text);
  const auto plain = ParsePlainMapping(text);
  REQUIRE(plain);
  CHECK(SameYamlValue(PlainMappingNode(*plain), YAML::Load(text)));
}

}  // namespace

TEST_CASE("Plain front matter reads as yaml-cpp reads it") {
  RequireAgrees("title: 在宅医療とは\nslug: zaitaku-iryo\norder: 1\ndate: 2024-04-01\n");
  RequireAgrees("title: a, b and c  \ndescription:   spaces around  \n");
  RequireAgrees("title: x\ntags:\n  - 相談窓口\n  - はじめての方へ\norder: 2\n");
  RequireAgrees("tags:\n- a\n- b\n");  // items at the key's indentation
  RequireAgrees("# a comment\ntitle: x#not-a-comment\n\ndraft: true\n");
  RequireAgrees("url: https://example.jp/a?b=c\ntime: 10:00\n");
  const auto doc = ParsePlainMapping("title: t\ntags:\n  - a\n  - b\n");
  REQUIRE(doc);
  REQUIRE(doc->size() == 2);
  CHECK((*doc)[0].key == "title");
  CHECK((*doc)[0].text == "t");
  CHECK_FALSE((*doc)[0].is_list);
  CHECK((*doc)[1].key == "tags");
  CHECK((*doc)[1].is_list);
  CHECK((*doc)[1].items == std::vector<std::string_view>{"a", "b"});
  const YAML::Node node = PlainMappingNode(*doc);
  CHECK(node["title"].Scalar() == "t");
  CHECK(node["tags"][1].Scalar() == "b");
  CHECK(node["missing"].IsDefined() == false);
}

TEST_CASE("Plain front matter declines what needs yaml-cpp") {
  for (const char* text : {
           "",                         // no mapping
           "title: \"quoted\"\n",      // quotes
           "title: 'quoted'\n",        //
           "title: [a, b]\n",          // flow list
           "title: {a: b}\n",          // flow map
           "title: &a x\n",            // anchor
           "title: *a\n",              // alias
           "title: !tag x\n",          // tag
           "title: |\n  block\n",      // block scalar
           "title: a: b\n",            // ": " inside
           "title: a #comment\n",      // comment after a value
           "title: ~\n",               // null words
           "title: null\n",            //
           "title:\n",                 // empty value
           "title: a\n  continued\n",  // continuation line
           "title: a\ntitle: b\n",     // duplicate key
           "tags:\n  - a\n   - b\n",   // items out of line
           "tags:\n  - a\n  -\n",      // empty item
           "tags:\n  - \"q\"\n",       // quoted item
           "- a\n- b\n",               // a list, not a mapping
           "title:x\n",                // no space after the colon
           "\"title\": x\n",           // quoted key
           "タイトル: x\n",            // non-ASCII key
           "title: a\tb\n",            // tab
           "title: -x\n",              // indicator first
           "title: x\x7f\n",           // control character
           "title: a\xE2\x80\xA8"
           "b\n",                      // line separator
           "# comme\x02\ntitle: x\n",  // a control character in a comment (found by fuzzing)
           "title: a\xC2\x80\n",       // C1 control
           "title: a\xEF\xBF\xBE\n",   // U+FFFE
       }) {
    INFO(text);
    CHECK_FALSE(ParsePlainMapping(text));
  }
}

}  // namespace renkei
