// renkei: one source of truth (content/), three outputs (the residents'
// website, pamphlets, prefecture spreadsheets). This file only dispatches.

#include <csignal>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace {

using renkei::AllCommands;
using renkei::Command;

const Command* FindCommand(const std::string& name) {
  for (const Command& c : AllCommands())
    if (name == c.name) return &c;
  return nullptr;
}

void PrintUsage(std::ostream& out) {
  out << "renkei " RENKEI_VERSION
         " - 在宅医療・介護連携推進事業のウェブサイト・パンフレット・集計表を作るツール\n"
         "\n"
         "usage: renkei <command> [options]\n"
         "\n"
         "commands:\n";
  for (const Command& c : AllCommands()) {
    std::string name = c.name;
    name.resize(10, ' ');
    out << "  " << name << c.summary << "\n";
  }
  out << "\n"
         "  renkei help <command>   show the help of one command\n"
         "  renkei --version        show the version\n";
}

int Help(const std::vector<std::string>& args) {
  if (args.empty()) {
    PrintUsage(std::cout);
    return renkei::kExitOk;
  }
  const Command* c = FindCommand(args[0]);
  if (!c) {
    std::cerr << "renkei help: unknown command '" << args[0] << "'\n";
    return renkei::kExitUsage;
  }
  std::cout << c->help;
  return renkei::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  // A file size limit (ulimit -f) makes write() fail with EFBIG, reported with
  // the path like a full disk, instead of killing renkei mid-build.
  std::signal(SIGXFSZ, SIG_IGN);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    PrintUsage(std::cerr);
    return renkei::kExitUsage;
  }
  const std::string first = args[0];
  args.erase(args.begin());
  if (first == "--help" || first == "-h") return Help({});
  if (first == "help") return Help(args);
  if (first == "--version" || first == "-V") {
    std::cout << "renkei " RENKEI_VERSION "\n";
    return renkei::kExitOk;
  }
  const Command* c = FindCommand(first);
  if (!c) {
    std::cerr << "renkei: unknown command '" << first << "' (see: renkei --help)\n";
    return renkei::kExitUsage;
  }
  for (const std::string& a : args)
    if (a == "--help" || a == "-h") return Help({first});
  try {
    return c->run(args);
  } catch (const std::exception& e) {
    std::cerr << "renkei " << first << ": internal error: " << e.what() << "\n";
    return renkei::kExitDataError;
  }
}
