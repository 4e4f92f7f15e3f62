#include "util/file.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace renkei;

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
