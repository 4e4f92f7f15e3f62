#include "util/unicode.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("NFKC maps compatibility forms to their plain ones") {
  CHECK(Nfkc("ＡＢＣ１２３") == "ABC123");
  CHECK(Nfkc("ｶﾀｶﾅ") == "カタカナ");
  CHECK(Nfkc("①㈱") == "1(株)");
  CHECK(Nfkc("在宅医療") == "在宅医療");
  CHECK(NfkcLower("ＡＢＣ Dx") == "abc dx");
}
