#include "util/json.h"

#include <catch2/catch.hpp>

namespace renkei {

namespace {
std::string Json(std::string_view text, bool escape_lt = false) {
  std::string out;
  AppendJsonString(out, text, escape_lt);
  return out;
}
}  // namespace

TEST_CASE("JSON strings escape what JSON and JavaScript need") {
  CHECK(Json("在宅医療") == "\"在宅医療\"");
  CHECK(Json("") == "\"\"");
  CHECK(Json("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(Json("1\n2\r3\t4") == "\"1\\n2\\r3\\t4\"");
  CHECK(Json(std::string("\x01\x1f", 2)) == "\"\\u0001\\u001f\"");
  CHECK(Json("a\xE2\x80\xA8"
             "b\xE2\x80\xA9") == "\"a\\u2028b\\u2029\"");
  CHECK(Json("\xE2\x80\xA0") == "\"\xE2\x80\xA0\"");  // † is not a separator
  CHECK(Json("\xE2\x80") == "\"\xE2\x80\"");          // cut short: kept as it is
}

TEST_CASE("JSON strings for an HTML script escape <") {
  CHECK(Json("</script>", true) == "\"\\u003c/script>\"");
  CHECK(Json("</script>") == "\"</script>\"");
}

}  // namespace renkei
