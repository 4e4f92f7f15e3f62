// Pamphlets (leaflets for residents, item (キ)): content/pamphlets/*.yaml.
// Plain data; the page geometry lives in render/print/layout.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/japanese_date.h"
#include "util/diagnostic.h"

namespace renkei {

enum class PamphletFormat { kA4Trifold, kA4, kA4Duplex, kA3Poster };
enum class PrintMode { kOffice, kPress };
enum class BlockKind { kPage, kModel, kItem, kContact, kEvent, kMarkdown, kImage, kQr };

/// "a4-trifold" etc.; std::nullopt for an unknown name.
std::optional<PamphletFormat> ParsePamphletFormat(std::string_view name);
std::optional<PrintMode> ParsePrintMode(std::string_view name);
std::optional<BlockKind> ParseBlockKind(std::string_view name);
const char* FormatName(PamphletFormat f);
const char* ModeName(PrintMode m);
const char* KindName(BlockKind k);

/// The panels (places on the sheets) of a format, in the order a reader
/// meets them: a4-trifold: cover, flap, inside-left, inside-middle,
/// inside-right, back; a4-duplex: front, back; a4 and a3-poster: front.
const std::vector<std::string>& PanelNames(PamphletFormat f);

/// An event (symposium, lecture): 令和8年12月5日（土）13:30〜16:00.
struct PamphletEvent {
  Date date;
  std::string start, end, doors;  ///< "13:30"; `doors` (開場) may be empty.
  std::string place, address, organiser, capacity, fee;
  std::string apply_markdown;  ///< How to apply (free Markdown).
};

/// One section of a pamphlet: what to show and on which panel.
struct PamphletBlock {
  BlockKind kind = BlockKind::kMarkdown;
  std::string panel;     ///< One of PanelNames(format).
  std::string heading;   ///< Overrides the default heading; may be empty.
  std::string ref;       ///< page slug, model id, item id, or image path under assets/.
  std::string section;   ///< For `page`: the `## heading` to excerpt; empty = whole page.
  std::string markdown;  ///< For `markdown`: the text.
  std::string alt;       ///< For `image`: the text alternative.
  std::string url;       ///< For `qr`: overrides the pamphlet's qr_url.
  int height_mm = 0;     ///< For `image` and `qr`: the drawn height; 0 = default.
  PamphletEvent event;   ///< For `event`.
  Location where;
  std::string key_path;  ///< e.g. pamphlets[0].sections[2], for diagnostics.
};

struct Pamphlet {
  std::string id, title, subtitle;
  PamphletFormat format = PamphletFormat::kA4Trifold;
  /// Rendered once per mode: the first as print/<id>.html, the others as
  /// print/<id>-<mode>.html.
  std::vector<PrintMode> modes;
  std::string qr_url;        ///< Default for `qr` blocks; "" = the site's base_url.
  bool large_print = false;  ///< Body text 14 pt instead of 12 pt.
  std::vector<PamphletBlock> blocks;
  Location where;
  std::string key_path;  ///< e.g. pamphlets[0].
};

/// The output path relative to the site root for mode number `i` of `p`.
std::string PamphletOutputPath(const Pamphlet& p, size_t i, std::string_view ext = ".html");

}  // namespace renkei
