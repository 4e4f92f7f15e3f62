#include "write/output_tree.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <string>

#include "util/parallel.h"

using namespace renkei;
namespace fs = std::filesystem;

namespace {
std::string ReadAll(const fs::path& p) {
  std::ifstream in(p);
  return std::string(std::istreambuf_iterator<char>(in), {});
}
fs::path FreshDir() {
  fs::path dir = fs::temp_directory_path() / ("renkei-out-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
/// Two builds writing `files` into `out`, so that the next build recycles the
/// first one's tree (.renkei/spare).
void BuildTwice(const std::string& out, std::initializer_list<const char*> files) {
  for (int round = 0; round < 2; ++round) {
    OutputTree t(out, true);
    for (const char* f : files) REQUIRE(t.Write(f, "A", 1));
    REQUIRE(t.Commit());
  }
}
}  // namespace

TEST_CASE("Output paths: nothing may leave the output directory") {
  CHECK(IsSafeOutputPath("index.html"));
  CHECK(IsSafeOutputPath("news/x/index.html"));
  CHECK_FALSE(IsSafeOutputPath(""));
  CHECK_FALSE(IsSafeOutputPath("/etc/passwd"));
  CHECK_FALSE(IsSafeOutputPath("../x"));
  CHECK_FALSE(IsSafeOutputPath("a/../../x"));
  CHECK_FALSE(IsSafeOutputPath("a//b"));
  CHECK_FALSE(IsSafeOutputPath("a\\b"));
  CHECK_FALSE(IsSafeOutputPath("C:/x"));
  CHECK_FALSE(IsSafeOutputPath(std::string_view("a\0b", 3)));
}

TEST_CASE("Output tree: nothing changes until Commit, then the new tree replaces the old") {
  const fs::path dir = FreshDir();
  const std::string out = (dir / "site_out").string();
  fs::create_directories(out);
  std::ofstream(dir / "site_out" / "old.html") << "old";
  {
    OutputTree tree(out);
    REQUIRE(tree.ok());
    REQUIRE(tree.Write("a/index.html", "new"));
    CHECK_FALSE(tree.Write("../escape.html", "x"));
    // Not committed: the previous output stays as it was.
  }
  CHECK(ReadAll(dir / "site_out" / "old.html") == "old");
  CHECK_FALSE(fs::exists(dir / "escape.html"));
  {
    OutputTree tree(out);
    REQUIRE(tree.Write("a/index.html", "new"));
    REQUIRE(tree.Commit());
  }
  CHECK(ReadAll(dir / "site_out" / "a" / "index.html") == "new");
  CHECK_FALSE(fs::exists(dir / "site_out" / "old.html"));
  for (const auto& e : fs::directory_iterator(dir)) CHECK(e.path().filename() == "site_out");
  fs::remove_all(dir);
}

TEST_CASE("Output directory: refuse content, its parents, / and home") {
  const fs::path dir = FreshDir();
  fs::create_directories(dir / "content");
  const std::string content = (dir / "content").string();
  CHECK_FALSE(RefuseOutputDir(content, content).empty());
  CHECK_FALSE(RefuseOutputDir(dir.string(), content).empty());
  CHECK_FALSE(RefuseOutputDir("/", content).empty());
  CHECK_FALSE(RefuseOutputDir((dir / "content" / "out").string(), content).empty());
  CHECK(RefuseOutputDir((dir / "site_out").string(), content).empty());
  fs::remove_all(dir);
}

TEST_CASE("Output tree: a file is taken over only when its key is the same") {
  const fs::path dir = FreshDir();
  const std::string out = (dir / "site").string();
  {
    OutputTree first(out);
    REQUIRE(first.Write("a/index.html", "A1", 11));
    REQUIRE(first.Write("b/index.html", "B1", 22));
    REQUIRE(first.Write("c.html", "C1"));  // no key: always rendered
    REQUIRE(first.Commit());
  }
  OutputTree second(out);
  second.SetPrevious(out,
                     {{"a/index.html", {11, 2}}, {"b/index.html", {22, 2}}, {"c.html", {0, 2}}});
  CHECK(second.Reuse("a/index.html", 11));
  CHECK_FALSE(second.Reuse("b/index.html", 23));  // its inputs changed
  CHECK_FALSE(second.Reuse("c.html", 0));
  CHECK_FALSE(second.Reuse("d.html", 11));  // not in the previous build
  CHECK_FALSE(second.Reuse("../escape", 11));
  REQUIRE(second.Write("b/index.html", "B2", 23));
  CHECK(second.files_reused() == 1);
  CHECK(second.files_written() == 1);
  CHECK(second.Count(OutputKind::kPage) == 2);
  REQUIRE(second.Commit());
  CHECK(ReadAll(fs::path(out) / "a/index.html") == "A1");
  CHECK(ReadAll(fs::path(out) / "b/index.html") == "B2");
  CHECK_FALSE(fs::exists(fs::path(out) / "c.html"));  // not written again: gone
  auto files = second.Files();
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  REQUIRE(files.size() == 2);
  CHECK(files[0].first == "a/index.html");
  CHECK(files[0].second.key == 11);
  CHECK(files[0].second.size == 2);  // from the previous manifest
  CHECK(files[1].first == "b/index.html");
  CHECK(files[1].second.key == 23);
  CHECK(files[1].second.size == 2);  // as written
  fs::remove_all(dir);
}

TEST_CASE("Output tree: the tree of two builds ago is updated in place of a new one") {
  const fs::path dir = FreshDir();
  const std::string out = (dir / "site").string();
  const auto build = [&](auto&& write) {
    OutputTree tree(out, true);
    write(tree);
    REQUIRE(tree.Commit());
  };
  build([](OutputTree& t) {  // 1: a fresh tree
    CHECK_FALSE(t.recycled());
    REQUIRE(t.Write("a/index.html", "A1", 11));
    REQUIRE(t.Write("b/index.html", "B1", 22));
    REQUIRE(t.Write("gone/index.html", "G1", 33));
  });
  build([&](OutputTree& t) {  // 2: no spare yet; a is linked from build 1
    CHECK_FALSE(t.recycled());
    t.SetPrevious(out, {{"a/index.html", {11, 2}}, {"b/index.html", {22, 2}}});
    CHECK(t.Reuse("a/index.html", 11));
    REQUIRE(t.Write("b/index.html", "B2", 23));
  });
  REQUIRE(fs::exists(fs::path(out) / kSparePath / "gone/index.html"));  // build 1, kept aside
  std::ofstream(fs::path(out) / "by-hand.txt") << "x";
  {
    OutputTree t(out, true);  // 3: recycles build 1's tree
    REQUIRE(t.recycled());
    t.SetRecycled(
        {{"a/index.html", {11, 2}}, {"b/index.html", {22, 2}}, {"gone/index.html", {33, 2}}});
    t.SetPrevious(out, {{"a/index.html", {11, 2}}, {"b/index.html", {23, 2}}});
    CHECK(t.Reuse("b/index.html", 23));                      // linked from build 2
    REQUIRE(t.Write("a/index.html", "A3", 12));              // shares its file with the live output
    CHECK(ReadAll(fs::path(out) / "a/index.html") == "A1");  // ... which is not written through
    CHECK(t.files_written() == 1);
    CHECK(t.files_reused() == 1);
    REQUIRE(t.Commit());
  }
  CHECK(ReadAll(fs::path(out) / "a/index.html") == "A3");
  CHECK(ReadAll(fs::path(out) / "b/index.html") == "B2");
  CHECK_FALSE(fs::exists(fs::path(out) / "gone"));                      // not written by build 3
  CHECK_FALSE(fs::exists(fs::path(out) / "by-hand.txt"));               // never written by a build
  CHECK(ReadAll(fs::path(out) / kSparePath / "a/index.html") == "A1");  // build 2, kept aside
  CHECK(ReadAll(fs::path(out) / kSparePath / "by-hand.txt") == "x");
  fs::remove_all(dir);
}

TEST_CASE("Output tree: a recycled tree may have a file where a folder goes, and back") {
  const fs::path dir = FreshDir();
  const std::string out = (dir / "site").string();
  // File, file, folder, folder, file: rounds 2 and 4 recycle the tree of the
  // other kind.
  for (int round = 0; round < 5; ++round) {
    OutputTree t(out, true);
    INFO("round " << round);
    if ((round / 2) % 2 == 0) {
      REQUIRE(t.Write("x", "file", 1));
    } else {
      REQUIRE(t.Write("x/index.html", "in a folder", 2));
    }
    REQUIRE(t.Commit());
  }
  CHECK(ReadAll(fs::path(out) / "x") == "file");
  fs::remove_all(dir);
}

TEST_CASE("Output kinds for the summary line") {
  CHECK(KindOf("index.html") == OutputKind::kPage);
  CHECK(KindOf("news/a/index.html") == OutputKind::kPage);
  CHECK(KindOf("print/leaflet.html") == OutputKind::kPamphlet);
  CHECK(KindOf("reports/13-2016.xlsx") == OutputKind::kWorkbook);
  CHECK(KindOf("data/status.csv") == OutputKind::kDataFile);
  CHECK(KindOf("data/index.html") == OutputKind::kPage);
  CHECK(KindOf(".renkei/manifest") == OutputKind::kOther);
  CHECK(KindOf("assets/site.css") == OutputKind::kOther);
}

TEST_CASE("Output tree: a link where a recycled tree had a folder is never gone through") {
  const fs::path dir = FreshDir();
  const std::string out = (dir / "site").string();
  BuildTwice(out, {"a/index.html", "b/index.html"});
  // By hand: the spare's folders a/ and b/ become links to a folder outside.
  fs::create_directories(dir / "outside");
  std::ofstream(dir / "outside/index.html") << "A";
  const fs::path spare = fs::path(out) / kSparePath;
  for (const char* folder : {"a", "b"}) {
    fs::remove_all(spare / folder);
    fs::create_directory_symlink(dir / "outside", spare / folder);
  }
  {
    OutputTree t(out, true);
    REQUIRE(t.recycled());
    t.SetRecycled({{"a/index.html", {1, 1}}, {"b/index.html", {1, 1}}});
    CHECK_FALSE(t.Reuse("a/index.html", 1));   // not found through the link
    REQUIRE(t.Write("a/index.html", "B", 1));  // into a folder in place of the link
    REQUIRE(t.Commit());                       // b/, a link, is not this build's: it goes
  }
  CHECK(ReadAll(fs::path(out) / "a/index.html") == "B");
  CHECK(fs::is_directory(fs::symlink_status(fs::path(out) / "a")));
  CHECK_FALSE(fs::exists(fs::symlink_status(fs::path(out) / "b")));
  CHECK(ReadAll(dir / "outside/index.html") == "A");  // nothing outside touched
  fs::remove_all(dir);
}

TEST_CASE("Output tree: a folder made in place of a file, replaced by hand during the build") {
  const fs::path dir = FreshDir();
  const std::string out = (dir / "site").string();
  BuildTwice(out, {"a"});  // a file where the next build makes a folder
  fs::create_directories(dir / "outside");
  OutputTree t(out, true);
  REQUIRE(t.recycled());
  t.SetRecycled(StringMap<OutputFile>{});  // "a" is not this build's: something else there
  REQUIRE(t.Write("a/index.html", "A", 1));
  // By hand, while the build runs: the folder it made becomes a link out.
  const fs::path a = fs::path(t.staging_dir()) / "a";
  fs::remove_all(a);
  fs::create_directory_symlink(dir / "outside", a);
  CHECK_FALSE(t.Commit());
  CHECK(t.error().find("changed by hand") != std::string::npos);
  CHECK(fs::is_empty(dir / "outside"));
  fs::remove_all(dir);
}

TEST_CASE("Output tree: a link in a recycled tree is never gone through, however deep below it") {
  const fs::path dir = FreshDir();
  const std::string out = (dir / "site").string();
  BuildTwice(out, {"a/b/index.html"});
  // By hand: the spare's folder a/ becomes a link to a folder outside.
  fs::create_directories(dir / "outside");
  const fs::path spare = fs::path(out) / kSparePath;
  fs::remove_all(spare / "a");
  fs::create_directory_symlink(dir / "outside", spare / "a");
  {
    OutputTree t(out, true);
    REQUIRE(t.recycled());
    REQUIRE(t.Write("a/b/c/index.html", "B", 2));  // two folders below the link
    REQUIRE(t.Commit());
  }
  CHECK(ReadAll(fs::path(out) / "a/b/c/index.html") == "B");
  CHECK(fs::is_directory(fs::symlink_status(fs::path(out) / "a")));
  CHECK(fs::is_empty(dir / "outside"));  // nothing made outside
  fs::remove_all(dir);
}

TEST_CASE("Output tree: threads making folders below a link of a recycled tree all succeed") {
  // Pages in parallel each make their folder below items/; in a recycled tree
  // where a hand put a link in place of items/, each thread found the link,
  // and all but the first failed to replace it (the e2e test's intermittent
  // "build after a same-size edit failed").
  const fs::path dir = FreshDir();
  const std::string out = (dir / "site").string();
  BuildTwice(out, {"items/0/index.html"});
  fs::create_directories(dir / "outside");
  const fs::path spare = fs::path(out) / kSparePath;
  for (int round = 0; round < 40; ++round) {
    INFO("round " << round);
    fs::remove_all(spare / "items");
    fs::create_directory_symlink(dir / "outside", spare / "items");
    OutputTree t(out, true);
    REQUIRE(t.recycled());
    ParallelFor(64, 8, [&](size_t i) {
      t.Write("items/" + std::to_string(i) + "/index.html", "P", i + 1);
    });
    CHECK(t.error() == "");
    REQUIRE(t.Commit());
    CHECK(fs::is_directory(fs::symlink_status(fs::path(out) / "items")));
    CHECK(fs::exists(fs::path(out) / "items/63/index.html"));
  }
  CHECK(fs::is_empty(dir / "outside"));
  fs::remove_all(dir);
}
