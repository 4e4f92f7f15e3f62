#include "write/settled_listing.h"

#include <time.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
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

/// relative -> f(ile):size, d(ir), l(ink), K(nown file present)
std::map<std::string, std::string> Kinds(const std::vector<KnownFile>& known,
                                         const SettledListing& listing) {
  std::map<std::string, std::string> kinds;
  REQUIRE(listing.present.size() == known.size());
  for (size_t i = 0; i < known.size(); ++i)
    if (listing.present[i]) kinds[std::string(known[i].path)] = "K";
  std::set<std::string> listed_folders, seen;
  for (const TreeEntry& e : listing.others)
    if (S_ISDIR(e.mode)) listed_folders.insert(e.relative);
  for (const TreeEntry& e : listing.others) {
    const size_t slash = e.relative.rfind('/');
    if (slash != std::string::npos && listed_folders.count(e.relative.substr(0, slash)))
      CHECK(seen.count(e.relative.substr(0, slash)));  // a folder before what is in it
    seen.insert(e.relative);
    CHECK(!kinds.count(e.relative));  // once
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
  for (const char* dir : {"a/x", "b", "c", "d/y", "e/f/g"}) fs::create_directories(root / dir);
  for (const char* file : {"index.html", "a/x/index.html", "b/index.html", "c/index.html",
                           "d/y/index.html", "e/f/g/index.html"})
    std::ofstream(root / file) << "12345";
  // What the build's manifest says; a/x/gone.html was removed by the build itself.
  const std::vector<KnownFile> known = {
      {"index.html", 5},   {"a/x/index.html", 5}, {"a/x/gone.html", 9},   {"b/index.html", 5},
      {"c/index.html", 5}, {"d/y/index.html", 5}, {"e/f/g/index.html", 5}};
  Pause();
  const int64_t finished = NowNs();
  Pause();
  // By hand, after the build: a file added to b/, c/ turned into a link, a
  // file of b/ written again at another size, d/y/ emptied (d/ unchanged).
  std::ofstream(root / "b/by-hand.txt") << "x";
  std::ofstream(root / "b/index.html") << "123456";
  fs::remove_all(root / "c");
  fs::create_directory_symlink("/etc", root / "c");
  fs::remove(root / "d/y/index.html");

  const auto kinds = Kinds(known, ListSettledTree(root.string(), known, finished));
  // a/ and a/x/ did not change: a/x/gone.html is present as the manifest has
  // it (the folder was not read), a/x/ is known; b/ and the root were read.
  const std::map<std::string, std::string> expected = {{"index.html", "K"},
                                                       {"a", "d"},
                                                       {"a/x/index.html", "K"},
                                                       {"a/x/gone.html", "K"},
                                                       {"b", "d"},
                                                       {"b/index.html", "f6"},
                                                       {"b/by-hand.txt", "f1"},
                                                       {"c", "l"},
                                                       {"d", "d"},
                                                       {"d/y", "d"},
                                                       {"e", "d"},
                                                       // Two folders down in a settled one.
                                                       {"e/f/g/index.html", "K"}};
  CHECK(kinds == expected);

  // Without the finishing time every folder is read.
  auto all = expected;
  all.erase("a/x/gone.html");
  all["a/x"] = "d";
  all["e/f"] = all["e/f/g"] = "d";
  CHECK(Kinds(known, ListSettledTree(root.string(), known, 0)) == all);

  // A folder of many known files is searched by a map, with the same result.
  fs::create_directories(root / "many");
  std::vector<KnownFile> many_known;
  std::vector<std::string> names;
  for (int i = 0; i < 40; ++i) names.push_back("many/" + std::to_string(i) + ".html");
  for (const std::string& name : names) {
    std::ofstream(root / name) << "12";
    many_known.push_back({name, 2});
  }
  many_known.push_back({"many/missing.html", 2});
  std::ofstream(root / "many/extra.html") << "1";
  const auto many = Kinds(many_known, ListSettledTree(root.string(), many_known, 0));
  for (const std::string& name : names) CHECK(many.at(name) == "K");
  CHECK(many.at("many/extra.html") == "f1");
  CHECK_FALSE(many.count("many/missing.html"));
  fs::remove_all(root);
}

}  // namespace
}  // namespace renkei
