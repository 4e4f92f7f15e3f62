#include "cli/huge_page_heap.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace renkei {
namespace {

using Heap = HugePageAllocator;

/// Stands for tcmalloc's own allocator: counts what it is asked.
class CountingAllocator : public SysAllocator {
 public:
  void* Alloc(size_t size, size_t* actual_size, size_t alignment) override {
    ++calls;
    void* p = std::aligned_alloc(alignment, (size + alignment - 1) / alignment * alignment);
    given.push_back(p);
    if (actual_size) *actual_size = size;
    return p;
  }
  ~CountingAllocator() override {
    for (void* p : given) std::free(p);
  }
  int calls = 0;
  std::vector<void*> given;
};

uintptr_t At(void* p) { return reinterpret_cast<uintptr_t>(p); }

TEST_CASE("the huge page heap hands out aligned, separate, usable pieces") {
  CountingAllocator fallback;
  Heap heap(&fallback);
  size_t actual = 0;
  void* a = heap.Alloc(1 << 20, &actual, 8192);
  REQUIRE(a != nullptr);
  CHECK(actual == size_t{1} << 20);
  // The first piece starts a region: at a huge page boundary.
  CHECK(At(a) % Heap::kHugePage == 0);
  void* b = heap.Alloc(5000, &actual, 8192);
  CHECK(actual == 8192);  // whole small pages
  CHECK(At(b) % 8192 == 0);
  CHECK(At(b) >= At(a) + (size_t{1} << 20));
  void* c = heap.Alloc(4096, &actual, 65536);
  CHECK(At(c) % 65536 == 0);
  CHECK(At(c) >= At(b) + 8192);
  // Writable, and the pieces do not overlap.
  std::memset(a, 1, size_t{1} << 20);
  std::memset(b, 2, 8192);
  std::memset(c, 3, 4096);
  CHECK(static_cast<unsigned char*>(a)[(1 << 20) - 1] == 1);
  CHECK(static_cast<unsigned char*>(b)[8191] == 2);
  CHECK(fallback.calls == 0);
}

TEST_CASE("a piece larger than a region gets a region of its own") {
  CountingAllocator fallback;
  Heap heap(&fallback);
  size_t actual = 0;
  void* small = heap.Alloc(4096, &actual, 4096);
  const size_t big_size = Heap::kRegion + 3 * 4096;
  void* big = heap.Alloc(big_size, &actual, 4096);
  REQUIRE(big != nullptr);
  CHECK(actual == big_size);
  CHECK(At(big) % Heap::kHugePage == 0);
  CHECK((At(big) + big_size <= At(small) || At(big) >= At(small) + 4096));
  static_cast<char*>(big)[big_size - 1] = 7;  // its last byte is mapped
  // What is left of the new region serves the next piece.
  void* next = heap.Alloc(4096, &actual, 4096);
  CHECK(At(next) == At(big) + big_size);
  CHECK(fallback.calls == 0);
}

TEST_CASE("the huge page heap leaves to the fallback what it cannot serve") {
  CountingAllocator fallback;
  Heap heap(&fallback);
  size_t actual = 0;
  CHECK(heap.Alloc(4096, &actual, 2 * Heap::kRegion) != nullptr);  // alignment beyond a region
  CHECK(fallback.calls == 1);
  CHECK(heap.Alloc(0, &actual, 4096) != nullptr);
  CHECK(fallback.calls == 2);
}

TEST_CASE("the program's heap runs on the huge page allocator") {
  UseHugePageHeap();
  CHECK(dynamic_cast<Heap*>(MallocExtension::instance()->GetSystemAllocator()) != nullptr);
  std::vector<std::vector<char>> blocks;
  for (int i = 0; i < 64; ++i) blocks.emplace_back(size_t{1} << 20, static_cast<char>(i));
  for (int i = 0; i < 64; ++i) CHECK(blocks[i][(1 << 20) - 1] == static_cast<char>(i));
}

}  // namespace
}  // namespace renkei
