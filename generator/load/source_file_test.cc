#include "load/source_file.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("Source: UTF-8 with BOM and CRLF becomes plain UTF-8 with LF") {
  Diagnostics d;
  auto s = DecodeSource(
      "\xEF\xBB\xBF"
      "a,b\r\n千代田区,1\r\n",
      "x.csv", d);
  REQUIRE(s);
  CHECK(s->encoding == SourceEncoding::kUtf8Bom);
  CHECK(s->text == "a,b\n千代田区,1\n");
}

TEST_CASE("Source: CP932 as saved by Excel is detected and converted") {
  Diagnostics d;
  // "千代田区,実施" in CP932, with a CRLF.
  const std::string cp932 = "\x90\xE7\x91\xE3\x93\x63\x8B\xE6,\x8E\xC0\x8E\x7B\r\n";
  auto s = DecodeSource(cp932, "x.csv", d);
  REQUIRE(s);
  CHECK(s->encoding == SourceEncoding::kCp932);
  CHECK(s->text == "千代田区,実施\n");
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("Source: CP932-only characters (NEC specials) convert") {
  Diagnostics d;
  auto s = DecodeSource("\x87\x40", "x.csv", d);  // ① in CP932
  REQUIRE(s);
  CHECK(s->text == "①");
}

TEST_CASE("Source: NUL bytes and undecodable bytes are errors") {
  Diagnostics d;
  CHECK_FALSE(DecodeSource(std::string("a\nb\0c", 5), "x.csv", d));
  CHECK_FALSE(DecodeSource("\xFF\xFE\xFF", "y.csv", d));
  REQUIRE(d.error_count() == 2);
  CHECK(d.all()[0].where.line == 2);
  CHECK(d.all()[1].message.find("neither UTF-8 nor CP932") != std::string::npos);
}

TEST_CASE("Source files: the loaders read pages, CSV and YAML, not what lies beside them") {
  for (const char* name : {"pages/a.md", "status/2015.csv", "site.yaml", "models/m.yaml"})
    CHECK(renkei::IsSourceFile(name));
  for (const char* name : {"pages/a.png", "pages/leaflet.pdf", "notes.txt", "site.yml"})
    CHECK_FALSE(renkei::IsSourceFile(name));
}
