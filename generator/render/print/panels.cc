#include "render/print/panels.h"

#include "render/markdown.h"
#include "render/print/data_uri.h"
#include "render/print/estimate.h"
#include "render/print/layout.h"
#include "render/print/qr_svg.h"
#include "util/text.h"

namespace renkei {

namespace {

constexpr double kBlockGapMm = 4.5;
constexpr double kDefaultQrMm = 28;
constexpr double kDefaultImageMm = 50;

std::string Md(std::string_view markdown) {
  MarkdownOptions opt;
  opt.root = "../";
  opt.footnotes = false;
  return RenderMarkdown(markdown, opt);
}

int HeadingLevel(const std::string& line, std::string* text) {
  size_t n = 0;
  while (n < line.size() && line[n] == '#') ++n;
  if (n == 0 || n > 6 || (n < line.size() && line[n] != ' ')) return 0;
  *text = Trim(line.substr(n));
  return static_cast<int>(n);
}

void SetText(kainjow::mustache::data& d, const char* key, const std::string& value) {
  if (!value.empty()) d.set(key, value);
}

}  // namespace

PrintType TypeFor(const Pamphlet& p) {
  PrintType t;
  if (p.format == PamphletFormat::kA3Poster) {
    t.body_pt = p.large_print ? 22 : 18;
    t.title_pt = 48;
  } else {
    t.body_pt = p.large_print ? 14 : 12;
    t.title_pt = p.format == PamphletFormat::kA4Trifold ? 24 : 30;
  }
  t.heading_pt = t.body_pt + 3;
  return t;
}

std::string MarkdownSection(std::string_view markdown, const std::string& heading) {
  std::string out, text;
  int level = 0;
  for (const std::string& line : Split(markdown, '\n')) {
    const int h = HeadingLevel(line, &text);
    if (level > 0 && h > 0 && h <= level) break;
    if (level > 0) {
      out += line + "\n";
    } else if (h > 0 && text == heading) {
      level = h;
    }
  }
  return out;
}

RenderedBlock RenderBlock(const Library& lib, const std::string& assets_dir, const Pamphlet& p,
                          const PamphletBlock& b, double width_mm, PrintTemplates& templates,
                          Diagnostics& diags) {
  const PrintType type = TypeFor(p);
  kainjow::mustache::data d;
  d.set("kind", KindName(b.kind));
  std::string heading = b.heading, body;
  double fixed_mm = 0;
  switch (b.kind) {
    case BlockKind::kPage:
      if (const int i = lib.FindPage(b.ref); i >= 0) {
        const Page& page = lib.pages[static_cast<size_t>(i)];
        if (heading.empty()) heading = b.section.empty() ? page.title : b.section;
        body = b.section.empty() ? Md(page.body_markdown)
                                 : Md(MarkdownSection(page.body_markdown, b.section));
      }
      break;
    case BlockKind::kModel:
      for (const ProjectModel& m : lib.models) {
        if (m.id != b.ref) continue;
        if (heading.empty()) heading = m.name;
        body = (m.summary.empty() ? "" : "<p>" + FuriganaHtml(m.summary) + "</p>") +
               Md(m.body_markdown);
      }
      break;
    case BlockKind::kItem:
      if (int i = lib.FindItem(b.ref); i >= 0) {
        const Item& item = lib.items[i];
        if (heading.empty()) heading = "（" + item.marker + "）" + item.label;
        body = item.purpose.empty() ? "" : "<p>" + FuriganaHtml(item.purpose) + "</p>";
        if (!item.examples.empty()) {
          body += "<ul>";
          for (const std::string& e : item.examples) body += "<li>" + FuriganaHtml(e) + "</li>";
          body += "</ul>";
        }
      }
      break;
    case BlockKind::kMarkdown:
      body = Md(b.markdown);
      break;
    case BlockKind::kContact: {
      if (heading.empty()) heading = "お問い合わせ・ご相談";
      const Contact& c = lib.site.contact;
      kainjow::mustache::data cd;
      SetText(cd, "name", c.name);
      SetText(cd, "department", c.department);
      SetText(cd, "phone", c.phone);
      SetText(cd, "fax", c.fax);
      SetText(cd, "email", c.email);
      SetText(cd, "hours", c.hours);
      SetText(cd, "address", c.address);
      d.set("contact", cd);
      break;
    }
    case BlockKind::kEvent: {
      if (heading.empty()) heading = "日時・会場";
      const PamphletEvent& e = b.event;
      kainjow::mustache::data ed;
      ed.set("date", e.date.year ? FormatJapaneseDate(e.date) : "");
      ed.set("time", e.start + (e.end.empty() ? "〜" : "〜" + e.end));
      SetText(ed, "doors", e.doors);
      SetText(ed, "place", FuriganaHtml(e.place));
      SetText(ed, "address", FuriganaHtml(e.address));
      SetText(ed, "capacity", FuriganaHtml(e.capacity));
      SetText(ed, "fee", FuriganaHtml(e.fee));
      SetText(ed, "organiser", FuriganaHtml(e.organiser));
      if (!e.apply_markdown.empty()) ed.set("apply_html", Md(e.apply_markdown));
      d.set("event", ed);
      break;
    }
    case BlockKind::kImage: {
      const double h = b.height_mm ? b.height_mm : kDefaultImageMm;
      std::optional<std::string> bytes = ReadAsset(assets_dir, b.ref);
      if (!bytes) {
        diags.Error(b.where, "`" + b.key_path + ".image`: the image assets/" + b.ref +
                                 " does not exist (looked in " +
                                 (assets_dir.empty() ? "" : assets_dir + "/ and in ") +
                                 "the assets shipped with renkei)");
        break;
      }
      kainjow::mustache::data img;
      img.set("src", "data:" + ImageMimeType(b.ref) + ";base64," + Base64(*bytes));
      img.set("alt", b.alt);
      img.set("height", Mm(h));
      d.set("image", img);
      fixed_mm = h;
      break;
    }
    case BlockKind::kQr: {
      const std::string url = !b.url.empty()      ? b.url
                              : !p.qr_url.empty() ? p.qr_url
                                                  : lib.site.base_url;
      const double size = b.height_mm ? b.height_mm : kDefaultQrMm;
      std::string error;
      std::string svg = url.empty() ? "" : QrSvg(url, size, &error);
      if (url.empty())
        error = "there is no address for the QR code: set `qr_url` or site.yaml `base_url`";
      if (!error.empty()) {
        diags.Error(b.where, "`" + b.key_path + "`: " + error);
        break;
      }
      kainjow::mustache::data qd;
      qd.set("svg", svg);
      qd.set("url", url);
      d.set("qr", qd);
      fixed_mm = size;
      break;
    }
  }
  if (!heading.empty()) d.set("heading_html", FuriganaHtml(heading));
  if (!body.empty()) d.set("body_html", body);
  RenderedBlock out;
  out.html = templates.Render("block", d);
  // The heading is set larger than the body; estimate it at its own size.
  const double heading_mm =
      heading.empty()
          ? 0
          : EstimateHtmlHeightMm(FuriganaHtml(heading), width_mm - 4.5, type.heading_pt) + 1;
  std::string rest = out.html;
  if (size_t h2 = rest.find("</h2>"); h2 != std::string::npos) rest = rest.substr(h2 + 5);
  out.height_mm =
      heading_mm + EstimateHtmlHeightMm(rest, width_mm, type.body_pt) + fixed_mm + kBlockGapMm;
  return out;
}

}  // namespace renkei
