#include "build/manifest.h"

#include <string_view>
#include <vector>

#include "util/fields.h"
#include "util/hash.h"

namespace renkei {

namespace {

constexpr std::string_view kHeader = "renkei-manifest 2";

}  // namespace

std::string Manifest::Serialize() const {
  std::string s(kHeader);
  s += "\ninputs " + HashHex(inputs) + "\n";
  for (const auto* entry : SortedByName(out)) {  // byte-identical manifests
    s += "out ";
    s += HashHex(entry->second.key);
    s += ' ';
    PutField(entry->second.size, &s);
    s += entry->first;
    s += '\n';
  }
  for (const std::string& d : diagnostics) s += "diag " + d + "\n";
  return s;
}

bool Manifest::Parse(const std::string& text, Manifest* m) {
  *m = Manifest();
  std::string_view in = text, line;
  if (!TakeLine(&in, &line) || line != kHeader) return false;
  m->out.reserve(text.size() / 48);  // "out <16 hex> <size> <path>": ~55 bytes at N = 10,000
  bool ok = true;
  while (ok && TakeLine(&in, &line)) {
    std::string_view rest = line;
    const std::string_view kind = TakeField(&rest);
    if (kind == "inputs") {
      ok = ParseHashHex(rest, &m->inputs);
    } else if (kind == "out") {
      Output o;
      ok = ParseHashHex(TakeField(&rest), &o.key) && ParseNumber(TakeField(&rest), &o.size) &&
           !rest.empty();
      m->out.emplace_back(rest, o);
    } else if (kind == "diag") {
      m->diagnostics.emplace_back(rest);
    } else {
      ok = false;
    }
  }
  if (!ok) *m = Manifest();
  return ok;
}

}  // namespace renkei
