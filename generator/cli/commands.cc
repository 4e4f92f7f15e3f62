#include "cli/commands.h"

namespace renkei {

const std::vector<Command>& AllCommands() {
  static const std::vector<Command> kCommands = {
      {"check", "load and validate the content; print every problem",
       "usage: renkei check [CONTENT_DIR]\n"
       "\n"
       "Loads site.yaml, municipalities.csv, items.yaml, status/*.csv, budgets/,\n"
       "models/, outcomes/ and pages/ from CONTENT_DIR (default: content), checks\n"
       "them, and prints every problem as one line:\n"
       "\n"
       "  path:line:column: error: message\n"
       "\n"
       "followed by a summary such as \"3 errors, 1 warning\".\n"
       "\n"
       "exit status: 0 = no errors (warnings allowed), 1 = errors in the data,\n"
       "             2 = usage error (unknown option, missing directory)\n",
       RunCheck},
  };
  return kCommands;
}

}  // namespace renkei
