#include "model/pamphlet.h"

namespace renkei {

namespace {

template <typename E, size_t N>
std::optional<E> Lookup(const std::pair<const char*, E> (&table)[N], std::string_view name) {
  for (const auto& [text, value] : table)
    if (name == text) return value;
  return std::nullopt;
}

template <typename E, size_t N>
const char* NameOf(const std::pair<const char*, E> (&table)[N], E value) {
  for (const auto& [text, v] : table)
    if (v == value) return text;
  return "?";
}

constexpr std::pair<const char*, PamphletFormat> kFormats[] = {
    {"a4-trifold", PamphletFormat::kA4Trifold},
    {"a4", PamphletFormat::kA4},
    {"a4-duplex", PamphletFormat::kA4Duplex},
    {"a3-poster", PamphletFormat::kA3Poster}};
constexpr std::pair<const char*, PrintMode> kModes[] = {{"office", PrintMode::kOffice},
                                                        {"press", PrintMode::kPress}};
constexpr std::pair<const char*, BlockKind> kKinds[] = {
    {"page", BlockKind::kPage},   {"model", BlockKind::kModel},
    {"item", BlockKind::kItem},   {"contact", BlockKind::kContact},
    {"event", BlockKind::kEvent}, {"markdown", BlockKind::kMarkdown},
    {"image", BlockKind::kImage}, {"qr", BlockKind::kQr}};

}  // namespace

std::optional<PamphletFormat> ParsePamphletFormat(std::string_view n) {
  return Lookup(kFormats, n);
}
std::optional<PrintMode> ParsePrintMode(std::string_view n) { return Lookup(kModes, n); }
std::optional<BlockKind> ParseBlockKind(std::string_view n) { return Lookup(kKinds, n); }
const char* FormatName(PamphletFormat f) { return NameOf(kFormats, f); }
const char* ModeName(PrintMode m) { return NameOf(kModes, m); }
const char* KindName(BlockKind k) { return NameOf(kKinds, k); }

const std::vector<std::string>& PanelNames(PamphletFormat f) {
  static const std::vector<std::string> kTrifold = {"cover",         "flap",         "inside-left",
                                                    "inside-middle", "inside-right", "back"};
  static const std::vector<std::string> kDuplex = {"front", "back"};
  static const std::vector<std::string> kSingle = {"front"};
  switch (f) {
    case PamphletFormat::kA4Trifold:
      return kTrifold;
    case PamphletFormat::kA4Duplex:
      return kDuplex;
    default:
      return kSingle;
  }
}

std::string PamphletOutputPath(const Pamphlet& p, size_t i, std::string_view ext) {
  std::string name = "print/" + p.id;
  if (i > 0 && i < p.modes.size()) name += std::string("-") + ModeName(p.modes[i]);
  return name + std::string(ext);
}

}  // namespace renkei
