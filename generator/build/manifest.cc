#include "build/manifest.h"

#include <map>
#include <sstream>
#include <string_view>

#include "util/fields.h"
#include "util/hash.h"

namespace renkei {

namespace {

constexpr std::string_view kHeader = "renkei-manifest 2";

}  // namespace

std::string Manifest::Serialize() const {
  std::ostringstream s;
  s << kHeader << "\ninputs " << HashHex(inputs) << "\n";
  std::map<std::string, Output> sorted(out.begin(), out.end());  // byte-identical manifests
  for (const auto& [path, o] : sorted)
    s << "out " << HashHex(o.key) << ' ' << o.size << ' ' << path << "\n";
  for (const std::string& d : diagnostics) s << "diag " << d << "\n";
  return s.str();
}

bool Manifest::Parse(const std::string& text, Manifest* m) {
  *m = Manifest();
  std::istringstream s(text);
  std::string line;
  if (!std::getline(s, line) || line != kHeader) return false;
  bool ok = true;
  while (ok && std::getline(s, line)) {
    std::string_view rest = line;
    const std::string_view kind = TakeField(&rest);
    if (kind == "inputs") {
      ok = ParseHashHex(rest, &m->inputs);
    } else if (kind == "out") {
      Output o;
      ok = ParseHashHex(TakeField(&rest), &o.key) && ParseNumber(TakeField(&rest), &o.size) &&
           !rest.empty();
      m->out[std::string(rest)] = o;
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
