// What rendering each pamphlet file reported (its panels' fill estimates,
// say), kept in the output (.renkei/print-messages) by the key the file was
// rendered under: a pamphlet taken over from the last build says again what
// it said when it was rendered, so a build prints the same messages whether
// it rendered the pamphlets or not.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "util/diagnostic.h"
#include "write/output_tree.h"

namespace renkei {

constexpr const char* kPrintMessagesPath = ".renkei/print-messages";

class PrintMessages {
 public:
  /// The last build's messages, from the previous output of `out`: none when
  /// it has no such file, or a damaged one.
  static PrintMessages Previous(const OutputTree& out);

  /// The messages of the file rendered under `key`; false when there is no
  /// record of that key (an empty list is a record).
  bool Find(uint64_t key, std::vector<Diagnostic>* messages) const;
  void Add(uint64_t key, std::vector<Diagnostic> messages);

  std::string Encode() const;
  /// False (and no messages) when `bytes` is not such a file.
  bool Decode(std::string_view bytes);
  /// Writes the file into `out` under a key made of the files' keys (the
  /// same files, the same messages: then it is taken over). False when the
  /// write failed (see out.error()).
  bool Write(OutputTree& out) const;

 private:
  std::map<uint64_t, std::vector<Diagnostic>> by_key_;
};

}  // namespace renkei
