#include "render/print/print.h"

#include <cmath>
#include <optional>

#include "render/markdown.h"
#include "render/print/crop_marks.h"
#include "render/print/estimate.h"
#include "render/print/layout.h"
#include "render/print/panels.h"
#include "render/print/print_messages.h"
#include "util/hash.h"

namespace renkei {

namespace {

constexpr double kColophonMm = 7;

kainjow::mustache::data PanelData(const Library& lib, const std::string& assets_dir,
                                  const Pamphlet& p, const PrintGeometry& g, const PanelBox& box,
                                  bool colophon, PrintTemplates& templates, Diagnostics& diags,
                                  PanelFill* fill) {
  const PrintType type = TypeFor(p);
  kainjow::mustache::data d;
  d.set("name", box.name);
  d.set("x", Mm(box.x));
  d.set("w", Mm(box.w));
  d.set("h", Mm(box.h));
  d.set("pad_top", Mm(box.pad_top));
  d.set("pad_right", Mm(box.pad_right));
  d.set("pad_bottom", Mm(box.pad_bottom));
  d.set("pad_left", Mm(box.pad_left));
  fill->name = box.name;
  fill->have_mm = box.inner_h();
  if (box.name == PanelNames(g.format).front()) {
    d.set("cover", true);
    // Publisher line, title (two lines usually), subtitle, padding and gap.
    const double title_mm = EstimateHtmlHeightMm("<h1>" + FuriganaHtml(p.title) + "</h1>",
                                                 box.inner_w() - 10, type.title_pt * 1.3 / 1.55);
    const double sub_mm = p.subtitle.empty()
                              ? 0
                              : EstimateHtmlHeightMm("<p>" + FuriganaHtml(p.subtitle) + "</p>",
                                                     box.inner_w() - 10, 14 * 1.4 / 1.55) +
                                    3;
    fill->need_mm += 12 + 7 + title_mm + sub_mm + 5;
  }
  if (colophon) {
    d.set("colophon", true);
    fill->need_mm += kColophonMm;
  }
  kainjow::mustache::data blocks{kainjow::mustache::data::type::list};
  for (const PamphletBlock& b : p.blocks) {
    if (b.panel != box.name) continue;
    if (fill->where.path.empty()) fill->where = b.where;
    RenderedBlock r = RenderBlock(lib, assets_dir, p, b, box.inner_w(), templates, diags);
    fill->need_mm += r.height_mm;
    kainjow::mustache::data bd;
    bd.set("html", r.html);
    blocks.push_back(bd);
  }
  if (fill->where.path.empty()) fill->where = p.where;
  d.set("blocks", blocks);
  return d;
}

}  // namespace

PamphletHtml RenderPamphletHtml(const Library& lib, const std::string& assets_dir,
                                const Pamphlet& p, size_t mode_index, PrintTemplates& templates,
                                Diagnostics& diags) {
  PamphletHtml out;
  out.path = PamphletOutputPath(p, mode_index);
  out.mode = p.modes.at(mode_index);
  const PrintGeometry g = GeometryFor(p.format, out.mode);
  const PrintType type = TypeFor(p);
  const bool press = out.mode == PrintMode::kPress;
  kainjow::mustache::data d;
  d.set("title", StripFurigana(p.title));
  d.set("title_html", FuriganaHtml(p.title));
  if (!p.subtitle.empty()) d.set("subtitle_html", FuriganaHtml(p.subtitle));
  d.set("publisher", lib.site.publisher);
  d.set("format", FormatName(p.format));
  d.set("mode", ModeName(out.mode));
  d.set("page_w", Mm(g.page_w()));
  d.set("page_h", Mm(g.page_h()));
  d.set("trim_w", Mm(g.trim_w));
  d.set("trim_h", Mm(g.trim_h));
  d.set("offset", Mm(g.offset()));
  d.set("bleed_left", Mm(g.offset() - g.bleed));
  d.set("bleed_w", Mm(g.trim_w + 2 * g.bleed));
  d.set("bleed_h", Mm(g.trim_h + 2 * g.bleed));
  d.set("body_pt", Mm(type.body_pt));
  d.set("heading_pt", Mm(type.heading_pt));
  d.set("title_pt", Mm(type.title_pt));
  const std::vector<std::string>& names = PanelNames(p.format);
  const std::string colophon_panel = names.back();
  kainjow::mustache::data sheets{kainjow::mustache::data::type::list};
  for (size_t s = 0; s < g.sheets.size(); ++s) {
    const SheetLayout& sheet = g.sheets[s];
    kainjow::mustache::data sd;
    sd.set("label", sheet.label);
    sd.set("press", press);
    sd.set("marks_svg", CropMarksSvg(g, s));
    kainjow::mustache::data folds{kainjow::mustache::data::type::list};
    for (double f : sheet.folds) folds.push_back(kainjow::mustache::object{{"x", Mm(f)}});
    sd.set("folds", folds);
    kainjow::mustache::data panels{kainjow::mustache::data::type::list};
    for (const PanelBox& box : sheet.panels) {
      PanelFill fill;
      panels.push_back(PanelData(lib, assets_dir, p, g, box, box.name == colophon_panel, templates,
                                 diags, &fill));
      out.panels.push_back(fill);
    }
    sd.set("panels", panels);
    sheets.push_back(sd);
  }
  d.set("sheets", sheets);
  out.html = templates.Render("pamphlet", d);
  return out;
}

void CheckEstimatedFill(const Pamphlet& p, const PamphletHtml& html, Diagnostics& diags) {
  for (const PanelFill& f : html.panels) {
    // The estimate is within about 8% of Chromium's layout for Japanese text.
    if (f.need_mm <= f.have_mm * 1.08) continue;
    const long over = std::lround(f.need_mm - f.have_mm);
    const std::string message =
        "pamphlet " + p.id + " (" + ModeName(html.mode) + "): the panel " + f.name +
        " needs about " + std::to_string(std::lround(f.need_mm)) + " mm but has " +
        std::to_string(std::lround(f.have_mm)) + " mm: about " + std::to_string(over) +
        " mm too much; shorten its sections or move one to another panel (estimate; "
        "`renkei pdf` measures it exactly)";
    if (f.need_mm > f.have_mm * 1.25) {
      diags.Error(f.where, message);
    } else {
      diags.Warning(f.where, message);
    }
  }
}

namespace {

/// The key of a pamphlet's file at `path`: the pamphlet and the records (the
/// data key, which holds every content file outside pages/, the templates
/// and the assets), and the title and body of each page it quotes.
uint64_t PamphletFileKey(const RenderContext& ctx, const Pamphlet& p, const std::string& path) {
  Hasher h;
  h.Add(ctx.keys.data).Add(path);
  for (const PamphletBlock& b : p.blocks) {
    if (b.kind != BlockKind::kPage) continue;
    const int i = ctx.lib.FindPage(b.ref);
    if (i < 0) {
      h.Add("no page");
      continue;
    }
    const Page& page = ctx.lib.pages[static_cast<size_t>(i)];
    h.Add(page.source).Add(page.title).Add(page.body_key);
  }
  return h.key();
}

}  // namespace

bool RenderPrint(RenderContext& ctx) {
  if (ctx.lib.pamphlets.empty()) return true;
  std::optional<PrintTemplates> templates;  // loaded when a pamphlet is rendered
  const PrintMessages previous = PrintMessages::Previous(ctx.out);
  PrintMessages kept;
  for (const Pamphlet& p : ctx.lib.pamphlets) {
    for (size_t i = 0; i < p.modes.size(); ++i) {
      const std::string path = PamphletOutputPath(p, i);
      const uint64_t key = PamphletFileKey(ctx, p, path);
      std::vector<Diagnostic> messages;
      if (!previous.Find(key, &messages) || !ctx.out.Reuse(path, key)) {
        if (!templates) {
          templates.emplace();
          if (std::string error = templates->Load(ctx.settings.templates_dir); !error.empty()) {
            ctx.diags.Error({ctx.settings.templates_dir, 0, 0}, error);
            return false;
          }
        }
        Diagnostics rendered;
        const PamphletHtml html =
            RenderPamphletHtml(ctx.lib, ctx.settings.assets_dir, p, i, *templates, rendered);
        CheckEstimatedFill(p, html, rendered);
        messages = rendered.all();
        if (!ctx.out.Write(path, html.html, key)) {
          ctx.diags.Error({ctx.settings.out_dir, 0, 0}, ctx.out.error());
          return false;
        }
      }
      for (const Diagnostic& d : messages) ctx.diags.Add(d);
      kept.Add(key, std::move(messages));
    }
  }
  if (!kept.Write(ctx.out)) {
    ctx.diags.Error({ctx.settings.out_dir, 0, 0}, ctx.out.error());
    return false;
  }
  return true;
}

}  // namespace renkei
