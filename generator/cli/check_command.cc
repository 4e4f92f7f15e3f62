// `renkei check [CONTENT_DIR]`: load and validate, print every problem.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "load/content_loader.h"

namespace renkei {

int RunCheck(const std::vector<std::string>& args) {
  std::string dir = "content";
  bool dir_given = false;
  for (const std::string& a : args) {
    if (!a.empty() && a[0] == '-') {
      std::cerr << "renkei check: unknown option '" << a << "' (see: renkei help check)\n";
      return kExitUsage;
    }
    if (dir_given) {
      std::cerr << "renkei check: give one content directory, not several (see: renkei help check)\n";
      return kExitUsage;
    }
    dir = a;
    dir_given = true;
  }
  Diagnostics diags;
  Library lib;
  if (!LoadContent(dir, diags, &lib)) {
    std::cerr << "renkei check: content directory '" << dir << "' does not exist\n";
    return kExitUsage;
  }
  diags.Print(std::cout);
  return diags.has_errors() ? kExitDataError : kExitOk;
}

}  // namespace renkei
