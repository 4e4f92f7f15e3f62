#include "render/print/print_messages.h"

#include <catch2/catch.hpp>

namespace renkei {
namespace {

TEST_CASE("Print messages: kept by file key, read back as they were", "[print]") {
  PrintMessages kept;
  const Diagnostic warning{{"content/pamphlets/a.yaml", 11, 7},
                           Severity::kWarning,
                           "pamphlet a (office): the panel front needs about 309 mm\n(改行)"};
  kept.Add(42, {warning});
  kept.Add(7, {});  // rendered without a word: still a record
  PrintMessages read;
  REQUIRE(read.Decode(kept.Encode()));
  std::vector<Diagnostic> messages;
  REQUIRE(read.Find(42, &messages));
  CHECK(messages == std::vector<Diagnostic>{warning});
  CHECK(read.Find(7, &messages));
  CHECK(messages.empty());
  CHECK_FALSE(read.Find(8, &messages));
  CHECK(read.Encode() == kept.Encode());
}

TEST_CASE("Print messages: a damaged file is refused whole", "[print]") {
  PrintMessages kept;
  kept.Add(42, {{{"a.yaml", 1, 2}, Severity::kWarning, "too full"}});
  const std::string bytes = kept.Encode();
  PrintMessages read;
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    INFO("cut at " << cut);
    std::vector<Diagnostic> messages;
    // Any prefix that ends inside an entry is refused; a cut after the magic
    // line alone is an empty, valid file.
    const bool ok = read.Decode(bytes.substr(0, cut));
    CHECK_FALSE(read.Find(42, &messages));
    CHECK(ok == (cut == std::string_view("renkei-print-messages 1\n").size()));
  }
  std::string bad = bytes;
  // After the magic line: the key (42) and the count (1), one byte each, then
  // the first message's severity.
  bad[std::string_view("renkei-print-messages 1\n").size() + 2] = 9;  // no such severity
  CHECK_FALSE(read.Decode(bad));
  CHECK_FALSE(read.Decode("renkei-print-messages 2\n"));
}

}  // namespace
}  // namespace renkei
