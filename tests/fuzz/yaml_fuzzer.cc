// Any bytes as a YAML content file or as Markdown front matter: syntax check,
// parsing, and the typed accessors every loader uses.
#include <cstddef>
#include <cstdint>
#include <string>

#include "load/front_matter.h"
#include "load/plain_yaml.h"
#include "load/source_file.h"
#include "load/yaml_reader.h"

namespace {
void Walk(renkei::YamlReader& r, const YAML::Node& doc) {
  r.Text(doc, "title", "", true);
  r.TextList(doc, "tags", "");
  r.Integer(doc, "order", "");
  r.Boolean(doc, "draft", "", false);
  r.WarnUnknownKeys(doc, {"title"}, "");
  if (doc.IsSequence())
    for (size_t i = 0; i < doc.size() && i < 100; ++i) r.Text(doc[i], "id", "x", true);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  renkei::Diagnostics diags;
  auto source = renkei::DecodeSource(std::string(reinterpret_cast<const char*>(data), size),
                                     "fuzz.yaml", diags);
  if (!source) return 0;
  renkei::YamlReader reader("fuzz.yaml", diags);
  if (auto doc = reader.Parse(source->text)) Walk(reader, *doc);
  if (auto split = renkei::SplitFrontMatter(source->text)) {
    reader.set_line_offset(split->yaml_line - 1);
    const auto doc = reader.Parse(std::string(split->yaml));
    if (doc) Walk(reader, *doc);
    // The fast front matter reader must read what yaml-cpp reads, or decline.
    if (auto plain = renkei::ParsePlainMapping(split->yaml)) {
      if (!doc || !renkei::SameYamlValue(renkei::PlainMappingNode(*plain), *doc)) __builtin_trap();
    }
  }
  return 0;
}
