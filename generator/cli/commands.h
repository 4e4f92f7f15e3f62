// The subcommands of `renkei`. Each returns the process exit code:
// 0 = success (warnings allowed), 1 = data errors, 2 = usage errors.
#pragma once

#include <string>
#include <vector>

namespace renkei {

constexpr int kExitOk = 0;
constexpr int kExitDataError = 1;
constexpr int kExitUsage = 2;

struct Command {
  const char* name;
  const char* summary;
  const char* help;  ///< Full text for `renkei help <name>`.
  int (*run)(const std::vector<std::string>& args);
};

/// Every subcommand, in the order `renkei --help` lists them.
const std::vector<Command>& AllCommands();

int RunCheck(const std::vector<std::string>& args);
int RunPdf(const std::vector<std::string>& args);
int RunBuild(const std::vector<std::string>& args);
int RunServe(const std::vector<std::string>& args);

}  // namespace renkei
