#include "serve/watcher.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
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

TEST_CASE("Watcher: the kernel's word wakes Wait at once, in new folders too") {
  TempDir tmp;
  WriteFile(tmp.path / "a.md", "a");
  Watcher w({tmp.path.string()});
  REQUIRE(w.notified());  // Linux has inotify; without it Wait polls (below)
  std::atomic<bool> stop{false};
  CHECK(w.Quiet());
  const auto waited = [&](const std::function<void()>& edit) {
    std::thread editor([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      edit();
    });
    const auto start = std::chrono::steady_clock::now();
    const bool woke = w.Wait(std::chrono::seconds(20), std::chrono::seconds(20), stop);
    editor.join();
    CHECK(woke);
    return std::chrono::steady_clock::now() - start;
  };
  CHECK(waited([&] { WriteFile(tmp.path / "a.md", "b, longer"); }) < std::chrono::seconds(5));
  CHECK(w.Poll() == std::vector<std::string>{(tmp.path / "a.md").string()});
  CHECK(w.Quiet());

  // A folder made after the first scan is watched from the scan that found it.
  CHECK(waited([&] { WriteFile(tmp.path / "new" / "b.md", "b"); }) < std::chrono::seconds(5));
  CHECK(w.Poll() == std::vector<std::string>{(tmp.path / "new" / "b.md").string()});
  CHECK(waited([&] { WriteFile(tmp.path / "new" / "b.md", "b, longer"); }) <
        std::chrono::seconds(5));
  CHECK(w.Poll() == std::vector<std::string>{(tmp.path / "new" / "b.md").string()});

  // A folder removed and made again is watched again.
  fs::remove_all(tmp.path / "new");
  CHECK(w.Poll() == std::vector<std::string>{(tmp.path / "new" / "b.md").string()});
  WriteFile(tmp.path / "new" / "c.md", "c");
  CHECK(w.Poll() == std::vector<std::string>{(tmp.path / "new" / "c.md").string()});
  CHECK(waited([&] { WriteFile(tmp.path / "new" / "c.md", "c, longer"); }) <
        std::chrono::seconds(5));
}

TEST_CASE("Watcher: without the kernel's word, Wait polls") {
  // The folder that would hold this root does not exist: nothing to watch.
  Watcher w({"/nonexistent-renkei-root/a/b"});
  CHECK_FALSE(w.notified());
  CHECK_FALSE(w.Quiet());
  std::atomic<bool> stop{false};
  const auto start = std::chrono::steady_clock::now();
  CHECK(w.Wait(std::chrono::milliseconds(50), std::chrono::seconds(20), stop));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  stop = true;
  CHECK_FALSE(w.Wait(std::chrono::milliseconds(50), std::chrono::seconds(20), stop));
}
