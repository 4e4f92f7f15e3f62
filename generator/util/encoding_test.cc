#include "util/encoding.h"

#include <catch2/catch.hpp>

using renkei::ConvertEncoding;

TEST_CASE("Encoding: CP932 <-> UTF-8 round trip, strict on bad bytes") {
  const std::string utf8 = "千代田区①";
  auto cp932 = ConvertEncoding(utf8, "CP932", "UTF-8");
  REQUIRE(cp932);
  CHECK(*cp932 == "\x90\xE7\x91\xE3\x93\x63\x8B\xE6\x87\x40");
  CHECK(ConvertEncoding(*cp932, "UTF-8", "CP932") == utf8);
  CHECK_FALSE(ConvertEncoding("\xFF\xFE", "UTF-8", "CP932"));
  CHECK_FALSE(ConvertEncoding("😀", "CP932", "UTF-8"));  // no CP932 counterpart
}
