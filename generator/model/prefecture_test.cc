#include "model/prefecture.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("PrefectureName follows the JIS codes", "[prefecture]") {
  CHECK(PrefectureName(1) == "北海道");
  CHECK(PrefectureName(13) == "東京都");
  CHECK(PrefectureName(26) == "京都府");
  CHECK(PrefectureName(27) == "大阪府");
  CHECK(PrefectureName(33) == "岡山県");
  CHECK(PrefectureName(47) == "沖縄県");
  CHECK(PrefectureName(0) == "");
  CHECK(PrefectureName(48) == "");
  CHECK(PrefectureName(-1) == "");
}

TEST_CASE("PrefectureCodeByName accepts full and short names", "[prefecture]") {
  CHECK(PrefectureCodeByName("東京都") == 13);
  CHECK(PrefectureCodeByName("東京") == 13);
  CHECK(PrefectureCodeByName("京都府") == 26);
  CHECK(PrefectureCodeByName("京都") == 26);
  CHECK(PrefectureCodeByName("大阪") == 27);
  CHECK(PrefectureCodeByName("岡山県") == 33);
  CHECK(PrefectureCodeByName(" 岡山 ") == 33);
  CHECK(PrefectureCodeByName("北海道") == 1);
  CHECK(PrefectureCodeByName("神奈川") == 14);
  CHECK(PrefectureCodeByName("") == 0);
  CHECK(PrefectureCodeByName("東京府") == 0);
  CHECK(PrefectureCodeByName("Tokyo") == 0);
}

TEST_CASE("Every prefecture name maps back to its code", "[prefecture]") {
  for (int code = 1; code <= 47; ++code) {
    CHECK(PrefectureCodeByName(PrefectureName(code)) == code);
  }
}

TEST_CASE("PrefectureCode2 pads to two digits", "[prefecture]") {
  CHECK(PrefectureCode2(1) == "01");
  CHECK(PrefectureCode2(13) == "13");
  CHECK(PrefectureCode2(47) == "47");
  CHECK(PrefectureCode2(0) == "");
  CHECK(PrefectureCode2(48) == "");
}
