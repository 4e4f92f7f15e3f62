#include "util/file_tree.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace renkei {

TEST_CASE("WalkTree: every entry once, links not followed, pruned where asked") {
  const fs::path root = fs::temp_directory_path() / ("renkei-walk-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "a/b");
  fs::create_directories(root / ".hidden");
  std::ofstream(root / "top.md") << "x";
  std::ofstream(root / "a/b/deep.md") << "yy";
  std::ofstream(root / ".hidden/secret") << "z";
  fs::create_directory_symlink("/etc", root / "a/etc-link");
  const std::map<std::string, char> expected = {{"top.md", 'f'},     {"a", 'd'},
                                                {"a/b", 'd'},        {"a/b/deep.md", 'f'},
                                                {"a/etc-link", 'l'}, {".hidden", 'd'}};
  for (const bool types_only : {false, true}) {
    INFO("types only: " << types_only);
    std::map<std::string, char> seen;  // relative -> f(ile), d(ir), l(ink)
    REQUIRE(WalkTree(
        root.string(),
        [&](const TreeEntry& e) {
          seen[e.relative] = S_ISDIR(e.mode) ? 'd' : S_ISLNK(e.mode) ? 'l' : 'f';
          if (S_ISLNK(e.mode)) CHECK(e.link == (types_only ? "" : "/etc"));
          if (S_ISREG(e.mode)) CHECK(e.size == (types_only ? 0u : 1u + (e.relative != "top.md")));
          return e.relative != ".hidden";  // not entered
        },
        types_only));
    CHECK(seen == expected);
  }
  // ListTree: the same entries, each folder before what is in it.
  std::map<std::string, char> listed;
  for (const TreeEntry& e : ListTree(root.string())) {
    const size_t slash = e.relative.rfind('/');
    if (slash != std::string::npos) CHECK(listed.count(e.relative.substr(0, slash)));
    listed[e.relative] = S_ISDIR(e.mode) ? 'd' : S_ISLNK(e.mode) ? 'l' : 'f';
  }
  std::map<std::string, char> all = expected;
  all[".hidden/secret"] = 'f';
  CHECK(listed == all);
  CHECK(ListTree((root / "missing").string()).empty());
  CHECK_FALSE(WalkTree((root / "top.md").string(), [](const TreeEntry&) { return true; }));
  CHECK_FALSE(WalkTree((root / "missing").string(), [](const TreeEntry&) { return true; }));
  fs::remove_all(root);
}

TEST_CASE("ListTree: breadth first, in the order WalkTree gives, whichever thread listed what") {
  const fs::path root = fs::temp_directory_path() / ("renkei-list-" + std::to_string(::getpid()));
  fs::remove_all(root);
  // Folders of very different sizes at several depths, so that threads take
  // folders of one level while others still list the level above.
  for (int i = 0; i < 6; ++i) {
    const fs::path dir = root / ("d" + std::to_string(i));
    for (int j = 0; j < 4; ++j) fs::create_directories(dir / ("e" + std::to_string(j)) / "f");
    for (int k = 0; k < (i == 0 ? 300 : 3); ++k)
      std::ofstream(dir / ("file" + std::to_string(k))) << k;
    std::ofstream(dir / "e1/f/deep") << "x";
  }
  std::vector<std::string> walked;
  REQUIRE(WalkTree(root.string(), [&](const TreeEntry& e) {
    walked.push_back(e.relative);
    return true;
  }));
  REQUIRE(walked.size() == 6 * (4 * 2 + 1) + 300 + 5 * 3 + 6);
  for (int round = 0; round < 20; ++round) {
    std::vector<std::string> listed;
    for (const TreeEntry& e : ListTree(root.string())) listed.push_back(e.relative);
    REQUIRE(listed == walked);
  }
  fs::remove_all(root);
}

}  // namespace renkei
