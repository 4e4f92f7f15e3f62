#include "util/huge_page_arena.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace renkei;

namespace {

constexpr size_t kMB = size_t{1} << 20;

uintptr_t Address(const void* p) { return reinterpret_cast<uintptr_t>(p); }

/// The VmFlags of the mapping of this process that holds `p` (/proc/self/smaps).
std::string MappingFlags(const void* p) {
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    uintptr_t from = 0, to = 0;
    char dash = 0;
    std::istringstream range(line);
    if (range >> std::hex >> from >> dash >> to && dash == '-') {
      inside = from <= Address(p) && Address(p) < to;
    } else if (inside && line.starts_with("VmFlags:")) {
      return line;
    }
  }
  return "";
}

}  // namespace

TEST_CASE("HugePageArena: blocks are aligned, disjoint, zeroed and writable") {
  HugePageArena arena(2 * kMB);
  char* a = static_cast<char*>(arena.Alloc(3000, 8192));
  char* b = static_cast<char*>(arena.Alloc(5000, 4096));
  REQUIRE(a);
  REQUIRE(b);
  CHECK(Address(a) % 8192 == 0);
  CHECK(Address(b) % 4096 == 0);
  CHECK((Address(b) >= Address(a) + 3000 || Address(a) >= Address(b) + 5000));
  CHECK(std::all_of(a, a + 3000, [](char c) { return c == 0; }));
  std::memset(a, 'a', 3000);
  std::memset(b, 'b', 5000);
  CHECK(a[2999] == 'a');
  CHECK(b[0] == 'b');
}

TEST_CASE("HugePageArena: a block that does not fit starts a new chunk; a large one its own") {
  HugePageArena arena(2 * kMB);
  char* first = static_cast<char*>(arena.Alloc(1536 * 1024, 4096));
  char* second = static_cast<char*>(arena.Alloc(1536 * 1024, 4096));
  char* large = static_cast<char*>(arena.Alloc(5 * kMB, 4096));
  REQUIRE(first);
  REQUIRE(second);
  REQUIRE(large);
  // Each of the first two fills most of a 2 MB chunk: they cannot share one.
  CHECK((Address(second) >= Address(first) + 1536 * 1024 ||
         Address(first) >= Address(second) + 1536 * 1024));
  CHECK(Address(large) % (2 * kMB) == 0);
  std::memset(large, 1, 5 * kMB);  // all of it is there
  CHECK(large[5 * kMB - 1] == 1);
}

TEST_CASE("HugePageArena: requests that cannot be met are refused, not wrapped around") {
  HugePageArena arena;
  CHECK(arena.Alloc(~size_t{0} - 100, 4096) == nullptr);
  CHECK(arena.Alloc(4096, 4 * kMB) == nullptr);  // past the 2 MB the chunks are aligned to
  CHECK(arena.Alloc(100, 0) != nullptr);
}

TEST_CASE("HugePageArena: its memory asks the kernel for huge pages") {
  // Only where the kernel has them; elsewhere the arena works in 4 KB pages.
  if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage/enabled")) return;
  HugePageArena arena;
  void* p = arena.Alloc(4 * kMB, 4096);
  REQUIRE(p);
  const std::string flags = MappingFlags(p);
  INFO(flags);
  CHECK(flags.find(" hg") != std::string::npos);  // MADV_HUGEPAGE
}
