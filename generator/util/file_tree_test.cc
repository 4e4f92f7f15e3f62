#include "util/file_tree.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>

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

}  // namespace renkei
