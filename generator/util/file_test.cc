#include "util/file.h"

#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using namespace renkei;
namespace fs = std::filesystem;

TEST_CASE("ReadFile reads every byte, and fails on a missing file") {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("renkei-file-" + std::to_string(getpid())))
          .string();
  const std::string text = std::string("在宅\0医療\r\n", 13) + std::string(100000, 'x');
  std::ofstream(path, std::ios::binary) << text;
  std::string bytes = "old";
  REQUIRE(ReadFile(path, &bytes));
  CHECK(bytes == text);
  std::filesystem::remove(path);
  CHECK_FALSE(ReadFile(path, &bytes));
}

TEST_CASE("ReadFileUpTo in a folder, by the size a listing found") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("renkei-file-dir-" + std::to_string(getpid()));
  fs::create_directories(dir / "sub");
  const std::string text(5000, 'x');
  std::ofstream(dir / "sub/a.md", std::ios::binary) << text;
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  REQUIRE(fd >= 0);
  std::string bytes;
  // The listed size, or one gone stale: grown or shrunk since, the file is read whole.
  for (const uint64_t listed : {uint64_t{5000}, uint64_t{10}, uint64_t{9000}, kNotListed}) {
    INFO("listed " << listed);
    const FileRead r = ReadFileUpTo(fd, "sub/a.md", 1 << 20, &bytes, listed);
    CHECK(r.status == ReadStatus::kOk);
    CHECK(bytes == text);
  }
  CHECK(ReadFileUpTo(fd, "sub/a.md", 4999, &bytes, 10).status == ReadStatus::kTooLarge);
  CHECK(bytes.empty());
  // A folder where a file was listed is not read.
  CHECK(ReadFileUpTo(fd, "sub", 1 << 20, &bytes, 10).status != ReadStatus::kOk);
  CHECK(ReadFileUpTo(fd, "sub", 1 << 20, &bytes).status == ReadStatus::kIsDirectory);
  CHECK(ReadFileUpTo(fd, "missing.md", 1 << 20, &bytes, 10).status == ReadStatus::kCannotOpen);
  ::close(fd);
  fs::remove_all(dir);
}

TEST_CASE("ReplaceFile: the whole new file or the old one, with its permissions") {
  const fs::path dir = fs::temp_directory_path() / ("renkei-replace-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / "stamps").string();
  std::string error, bytes;
  REQUIRE(ReplaceFile(path, "first", &error));  // made anew
  REQUIRE(ReadFile(path, &bytes));
  CHECK(bytes == "first");
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  REQUIRE(ReplaceFile(path, std::string(1 << 20, 'x'), &error));
  REQUIRE(ReadFile(path, &bytes));
  CHECK(bytes.size() == 1 << 20);
  CHECK(fs::status(path).permissions() ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);  // no temp left
  // Failing: an error naming the file and why, and nothing left behind.
  CHECK_FALSE(ReplaceFile(path + "/x", "x", &error));  // in a file, not a folder
  CHECK(error == "cannot write " + path + "/x: Not a directory");
  fs::create_directories(dir / "folder/inside");
  CHECK_FALSE(ReplaceFile((dir / "folder").string(), "x", &error));  // the rename fails
  CHECK(error.starts_with("cannot write " + (dir / "folder").string() + ": "));
  CHECK(fs::is_directory(dir / "folder/inside"));
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 2);
  fs::remove_all(dir);
}
