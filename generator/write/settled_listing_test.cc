#include "write/settled_listing.h"

#include <time.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

namespace renkei {
namespace {

namespace fs = std::filesystem;

int64_t NowNs() {
  timespec now{};
  clock_gettime(CLOCK_REALTIME, &now);
  return int64_t{now.tv_sec} * 1'000'000'000 + now.tv_nsec;
}

/// Folder timestamps come from a coarse clock: a pause makes "before" and
/// "after" differ.
void Pause() { std::this_thread::sleep_for(std::chrono::milliseconds(30)); }

/// relative -> f(ile):size, d(ir), l(ink)
std::map<std::string, std::string> Kinds(const std::vector<TreeEntry>& listed) {
  std::map<std::string, std::string> kinds;
  for (const TreeEntry& e : listed) {
    const size_t slash = e.relative.rfind('/');
    if (slash != std::string::npos)
      CHECK(kinds.count(e.relative.substr(0, slash)));  // parent first
    kinds[e.relative] = S_ISDIR(e.mode)   ? "d"
                        : S_ISLNK(e.mode) ? "l"
                                          : "f" + std::to_string(e.size);
  }
  return kinds;
}

TEST_CASE("A folder unchanged since its build is listed from the manifest, not read") {
  const fs::path root =
      fs::temp_directory_path() / ("renkei-settled-" + std::to_string(::getpid()));
  fs::remove_all(root);
  for (const char* dir : {"a/x", "b", "c"}) fs::create_directories(root / dir);
  for (const char* file : {"index.html", "a/x/index.html", "b/index.html", "c/index.html"})
    std::ofstream(root / file) << "12345";
  // What the build's manifest says; a/x/gone.html was removed by the build itself.
  const std::vector<KnownFile> known = {{"index.html", 5},
                                        {"a/x/index.html", 5},
                                        {"a/x/gone.html", 9},
                                        {"b/index.html", 5},
                                        {"c/index.html", 5}};
  Pause();
  const int64_t finished = NowNs();
  Pause();
  // By hand, after the build: a file added to b/, c/ turned into a link.
  std::ofstream(root / "b/by-hand.txt") << "x";
  fs::remove_all(root / "c");
  fs::create_directory_symlink("/etc", root / "c");

  const auto kinds = Kinds(ListSettledTree(root.string(), known, finished));
  // a/ and a/x/ did not change: a/x/gone.html is listed as the manifest has
  // it (the folder was not read); b/ and the root were read.
  const std::map<std::string, std::string> expected = {{"index.html", "f5"},
                                                       {"a", "d"},
                                                       {"a/x", "d"},
                                                       {"a/x/index.html", "f5"},
                                                       {"a/x/gone.html", "f9"},
                                                       {"b", "d"},
                                                       {"b/index.html", "f5"},
                                                       {"b/by-hand.txt", "f1"},
                                                       {"c", "l"}};
  CHECK(kinds == expected);

  // Without the finishing time every folder is read.
  auto all = expected;
  all.erase("a/x/gone.html");
  CHECK(Kinds(ListSettledTree(root.string(), known, 0)) == all);
  fs::remove_all(root);
}

}  // namespace
}  // namespace renkei
