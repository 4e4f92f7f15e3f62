#include "serve/static_files.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "serve/serve_test_util.h"

namespace fs = std::filesystem;
using renkei::ContentTypeFor;
using renkei::PercentDecode;
using renkei::RelativePathFor;
using renkei::StaticFiles;

namespace {

using renkei::testing::TempDir;
using renkei::testing::WriteFile;

}  // namespace

TEST_CASE("PercentDecode: escapes decoded, malformed ones refused") {
  std::string out;
  CHECK(PercentDecode("/a%20b/%E3%81%82", &out));
  CHECK(out == "/a b/あ");
  CHECK(PercentDecode("/a+b", &out));
  CHECK(out == "/a+b");
  CHECK(PercentDecode("/%2e%2E/", &out));
  CHECK(out == "/../");
  CHECK_FALSE(PercentDecode("/%", &out));
  CHECK_FALSE(PercentDecode("/%4", &out));
  CHECK_FALSE(PercentDecode("/%zz", &out));
}

TEST_CASE("RelativePathFor: folders get index.html") {
  CHECK(RelativePathFor("/") == "index.html");
  CHECK(RelativePathFor("/news/") == "news/index.html");
  CHECK(RelativePathFor("/news/event/index.html") == "news/event/index.html");
  CHECK(RelativePathFor("/assets/site.css") == "assets/site.css");
}

TEST_CASE("RelativePathFor: traversal, hidden files and odd characters are refused") {
  for (std::string_view bad :
       {"", "relative", "/..", "/../etc/passwd", "/a/../../b", "/a/..", "/./a", "/a//b", "//etc",
        "/.renkei/manifest", "/a/.hidden", "/a\\..\\b", "/..\\x"})
    CHECK_FALSE(RelativePathFor(bad).has_value());
  CHECK_FALSE(RelativePathFor(std::string_view("/a\0b", 4)).has_value());
  // Dots inside a name are fine.
  CHECK(RelativePathFor("/a..b/c.d.html") == "a..b/c.d.html");
}

TEST_CASE("ContentTypeFor: by extension") {
  CHECK(ContentTypeFor("index.html") == "text/html; charset=utf-8");
  CHECK(ContentTypeFor("a/site.css") == "text/css; charset=utf-8");
  CHECK(ContentTypeFor("search.js") == "text/javascript; charset=utf-8");
  CHECK(ContentTypeFor("logo.svg") == "image/svg+xml");
  CHECK(ContentTypeFor("r/13-2016.xlsx") ==
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  CHECK(ContentTypeFor("d/status.csv") == "text/csv; charset=utf-8");
  CHECK(ContentTypeFor("f.woff2") == "font/woff2");
  CHECK(ContentTypeFor("p.pdf") == "application/pdf");
  CHECK(ContentTypeFor("feed.xml") == "application/xml");
  CHECK(ContentTypeFor("noext") == "application/octet-stream");
  CHECK(ContentTypeFor(".html") == "application/octet-stream");
}

TEST_CASE("StaticFiles: serves files under the output directory only") {
  TempDir tmp;
  const fs::path out = tmp.path / "site";
  WriteFile(out / "index.html", "<p>home</p>");
  WriteFile(out / "news" / "index.html", "<p>news</p>");
  WriteFile(out / "a b.txt", "space");
  WriteFile(out / "404.html", "<p>missing</p>");
  WriteFile(out / ".renkei" / "manifest", "secret");
  WriteFile(tmp.path / "outside.txt", "leaked-secret");
  fs::create_symlink(tmp.path / "outside.txt", out / "leak.txt");
  fs::create_directory_symlink(tmp.path, out / "up");
  fs::create_symlink(out / "index.html", out / "home.html");  // inside: fine
  const StaticFiles files(out.string());

  auto r = files.Get("/");
  CHECK(r.status == 200);
  CHECK(r.body == "<p>home</p>");
  CHECK(r.content_type == "text/html; charset=utf-8");
  CHECK(files.Get("/news/?x=1").body == "<p>news</p>");
  CHECK(files.Get("/a%20b.txt").body == "space");
  CHECK(files.Get("/home.html").body == "<p>home</p>");

  r = files.Get("/news");
  CHECK(r.status == 301);
  CHECK(r.location == "/news/");

  r = files.Get("/nothing.html");
  CHECK(r.status == 404);
  CHECK(r.body == "<p>missing</p>");

  for (std::string_view target :
       {"/../outside.txt", "/%2e%2e/outside.txt", "/news/%2E%2E/%2e%2e/outside.txt",
        "/.renkei/manifest", "/%2erenkei/manifest", "/leak.txt", "/up/outside.txt",
        "/..%5coutside.txt", "/a%00.html"}) {
    INFO(target);
    r = files.Get(target);
    CHECK(r.status == 403);
    CHECK(r.body.find("secret") == std::string::npos);
  }
  CHECK(files.Get("/%zz").status == 400);
}

TEST_CASE("StaticFiles: a missing output directory is a plain 404") {
  TempDir tmp;
  const StaticFiles files((tmp.path / "none").string());
  auto r = files.Get("/");
  CHECK(r.status == 404);
  CHECK(r.content_type == "text/plain; charset=utf-8");
}
