#include "cli/huge_pages.h"

#include <unistd.h>

#include <cstdlib>
#include <string>

namespace renkei {

bool HugePageHeap() {
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  return tunables && std::string(tunables).find("glibc.malloc.hugetlb=1") != std::string::npos;
}

void RerunWithHugePageHeap(const std::vector<std::string>& args) {
  const char* given = std::getenv("GLIBC_TUNABLES");
  const std::string original = given ? given : "";  // setenv may free what getenv gave
  if (original.find("glibc.malloc.hugetlb") != std::string::npos) return;
  const std::string value = original + (original.empty() ? "" : ":") + "glibc.malloc.hugetlb=1";
  if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
  std::vector<std::string> copies = args;  // execv takes char*
  std::string name = "renkei";
  std::vector<char*> argv = {name.data()};
  for (std::string& a : copies) argv.push_back(a.data());
  argv.push_back(nullptr);
  ::execv("/proc/self/exe", argv.data());
  // Not re-run (no /proc...): this process builds, with 4 KB pages; its
  // children need not see the tunable.
  if (given)
    ::setenv("GLIBC_TUNABLES", original.c_str(), 1);
  else
    ::unsetenv("GLIBC_TUNABLES");
}

}  // namespace renkei
