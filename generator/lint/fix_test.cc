#include "lint/fix.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

TextEdit Edit(int line, int column, std::string before, std::string after, bool exact = true) {
  return {{"p.md", line, column}, exact, std::move(before), std::move(after)};
}

}  // namespace

TEST_CASE("edits replace text at exact places, right to left on a line", "[lint][fix]") {
  std::vector<std::string> log;
  std::string error;
  auto out = ApplyEdits("---\ntitle: x\n---\nＡＢ と ①\n",
                        {Edit(4, 1, "ＡＢ", "AB"), Edit(4, 6, "①", "(1)")}, &log, &error);
  REQUIRE(out);
  CHECK(*out == "---\ntitle: x\n---\nAB と (1)\n");
  CHECK(log ==
        std::vector<std::string>{"4:1: fixed: \"ＡＢ\" -> \"AB\"", "4:6: fixed: \"①\" -> \"(1)\""});
}

TEST_CASE("BOM and CRLF line ends are kept", "[lint][fix]") {
  std::vector<std::string> log;
  std::string error;
  auto out = ApplyEdits(
      "\xEF\xBB\xBF"
      "a\r\nｶﾅ\r\n",
      {Edit(2, 1, "ｶﾅ", "カナ")}, &log, &error);
  REQUIRE(out);
  CHECK(*out ==
        "\xEF\xBB\xBF"
        "a\r\nカナ\r\n");
}

TEST_CASE("CP932 files stay CP932, columns in characters", "[lint][fix]") {
  // "名前,ＡＢ" in CP932: 96BC 914F 2C 8260 8261
  const std::string bytes = "code,name\r\n\x96\xBC\x91\x4F,\x82\x60\x82\x61\r\n";
  std::vector<std::string> log;
  std::string error;
  auto out = ApplyEdits(bytes, {Edit(2, 4, "ＡＢ", "AB")}, &log, &error);
  REQUIRE(out);
  CHECK(*out == "code,name\r\n\x96\xBC\x91\x4F,AB\r\n");
}

TEST_CASE("edits placed at a record are looked for from its line on", "[lint][fix]") {
  std::vector<std::string> log;
  std::string error;
  auto out = ApplyEdits("- id: a\n  title: ＩＣＴ\n- id: b\n  title: ＩＣＴ\n",
                        {Edit(3, 5, "ＩＣＴ", "ICT", false)}, &log, &error);
  REQUIRE(out);
  CHECK(*out == "- id: a\n  title: ＩＣＴ\n- id: b\n  title: ICT\n");
}

TEST_CASE("an edit whose text moved is not made", "[lint][fix]") {
  std::vector<std::string> log;
  std::string error;
  auto out = ApplyEdits("abc\n", {Edit(1, 1, "ＡＢ", "AB")}, &log, &error);
  REQUIRE(out);
  CHECK(*out == "abc\n");
  CHECK(log == std::vector<std::string>{"1: not fixed: \"ＡＢ\" is no longer there"});
}

TEST_CASE("files with bare CR line ends are refused", "[lint][fix]") {
  std::vector<std::string> log;
  std::string error;
  CHECK_FALSE(ApplyEdits("a\rｶ\r", {Edit(2, 1, "ｶ", "カ")}, &log, &error));
  CHECK_FALSE(error.empty());
}
