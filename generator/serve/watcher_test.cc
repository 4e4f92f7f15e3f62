#include "serve/watcher.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <thread>

#include "serve/serve_test_util.h"

namespace fs = std::filesystem;
using renkei::WaitForChanges;
using renkei::Watcher;

namespace {

using renkei::testing::TempDir;
using renkei::testing::WriteFile;

/// Gives the file a different modification time even on a file system with
/// coarse timestamps, as a later edit would.
void Touch(const fs::path& p, int seconds_later) {
  fs::last_write_time(p, fs::last_write_time(p) + std::chrono::seconds(seconds_later));
}

}  // namespace

TEST_CASE("Watcher: reports added, edited and removed files") {
  TempDir tmp;
  const fs::path content = tmp.path / "content";
  WriteFile(content / "pages" / "a.md", "a");
  WriteFile(content / "site.yaml", "x: 1");
  Watcher w({content.string()});
  CHECK(w.Poll().empty());

  WriteFile(content / "pages" / "a.md", "a, longer");
  CHECK(w.Poll() == std::vector<std::string>{(content / "pages" / "a.md").string()});
  CHECK(w.Poll().empty());  // reported once

  Touch(content / "site.yaml", 5);  // same size, new time
  CHECK(w.Poll() == std::vector<std::string>{(content / "site.yaml").string()});

  WriteFile(content / "pages" / "new" / "b.md", "b");
  fs::remove(content / "pages" / "a.md");
  CHECK(w.Poll() == std::vector<std::string>{(content / "pages" / "a.md").string(),
                                             (content / "pages" / "new" / "b.md").string()});
}

TEST_CASE("Watcher: a file replaced by rename is a change") {
  TempDir tmp;
  WriteFile(tmp.path / "a.md", "same");
  Watcher w({tmp.path.string()});
  WriteFile(tmp.path / "tmp", "same");
  fs::last_write_time(tmp.path / "tmp", fs::last_write_time(tmp.path / "a.md"));
  CHECK(w.Poll().size() == 1);                      // tmp appeared
  fs::rename(tmp.path / "tmp", tmp.path / "a.md");  // same size and time, new inode
  CHECK(w.Poll().size() == 2);
}

TEST_CASE("Watcher: hidden files, ignored folders and missing roots") {
  TempDir tmp;
  const fs::path root = tmp.path / "content";
  fs::create_directories(root);
  const std::string out = (root / "site_out").string();
  Watcher w({root.string(), (tmp.path / "templates").string()},
            [&](const std::string& p) { return p == out; });
  WriteFile(root / ".a.md.swp", "editor");
  WriteFile(root / ".git" / "index", "git");
  WriteFile(root / "site_out" / "index.html", "output");
  CHECK(w.Poll().empty());
  // A root that did not exist is watched for appearing.
  WriteFile(tmp.path / "templates" / "page.mustache", "t");
  CHECK(w.Poll() == std::vector<std::string>{(tmp.path / "templates" / "page.mustache").string()});
}

TEST_CASE("WaitForChanges: one burst of edits is one result, and stop ends the wait") {
  TempDir tmp;
  WriteFile(tmp.path / "a.md", "a");
  Watcher w({tmp.path.string()});
  std::atomic<bool> stop{false};
  std::thread editor([&] {
    for (int i = 0; i < 3; ++i) {
      WriteFile(tmp.path / ("f" + std::to_string(i) + ".md"), "x");
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  const auto changed =
      WaitForChanges(w, stop, std::chrono::milliseconds(50), std::chrono::milliseconds(200));
  editor.join();
  CHECK(changed.size() == 3);

  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    stop = true;
  });
  CHECK(WaitForChanges(w, stop, std::chrono::milliseconds(50), std::chrono::milliseconds(50))
            .empty());
  stopper.join();
}
