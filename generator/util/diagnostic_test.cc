#include "util/diagnostic.h"

#include <catch2/catch.hpp>
#include <sstream>

using namespace renkei;

TEST_CASE("Diagnostics print sorted by file and line, one line each, then a summary") {
  Diagnostics d;
  d.Error({"b.csv", 3, 1}, "three");
  d.Warning({"a.yaml", 10, 2}, "ten");
  d.Error({"a.yaml", 2, 5}, "two\nlines");
  std::ostringstream out;
  d.Print(out);
  CHECK(out.str() ==
        "a.yaml:2:5: error: two lines\n"
        "a.yaml:10:2: warning: ten\n"
        "b.csv:3:1: error: three\n"
        "2 errors, 1 warning\n");
  CHECK(d.error_count() == 2);
}

TEST_CASE("Diagnostics without a line omit it") {
  CHECK(FormatDiagnostic({{"site.yaml", 0, 0}, Severity::kError, "missing"}) ==
        "site.yaml: error: missing");
}
