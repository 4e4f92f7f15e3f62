// `renkei pdf [options] [ID...]`: print pamphlets to PDF with headless Chromium,
// after measuring every panel in Chromium's own layout (overflow = error).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "cli/commands.h"
#include "load/content_loader.h"
#include "render/print/chromium.h"
#include "render/print/measure.h"
#include "render/print/print.h"

namespace renkei {

namespace fs = std::filesystem;

namespace {

struct PdfOptions {
  std::string content = "content", out = "site_out/print";
  BuildSettings settings;
  bool keep_html = false;
  std::set<std::string> ids;
};

int ParseArgs(const std::vector<std::string>& args, PdfOptions* o) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string* into) {
      if (i + 1 >= args.size()) return false;
      *into = args[++i];
      return true;
    };
    bool ok = true;
    if (a == "--content") {
      ok = value(&o->content);
    } else if (a == "--out") {
      ok = value(&o->out);
    } else if (a == "--templates") {
      ok = value(&o->settings.templates_dir);
    } else if (a == "--assets") {
      ok = value(&o->settings.assets_dir);
    } else if (a == "--keep-html") {
      o->keep_html = true;
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << "renkei pdf: unknown option '" << a << "' (see: renkei help pdf)\n";
      return kExitUsage;
    } else {
      o->ids.insert(a);
    }
    if (!ok) {
      std::cerr << "renkei pdf: " << a << " needs a value (see: renkei help pdf)\n";
      return kExitUsage;
    }
  }
  return kExitOk;
}

std::string OneDecimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

bool WriteText(const fs::path& path, const std::string& text) {
  std::ofstream f(path, std::ios::binary);
  f << text;
  return static_cast<bool>(f);
}

// Measures and prints one rendered pamphlet; problems go to `diags`.
void PrintOne(const std::string& chromium, const Pamphlet& p, const PamphletHtml& html,
              const fs::path& tmp, const PdfOptions& o, Diagnostics& diags) {
  const std::string name = fs::path(html.path).stem().string();
  const fs::path measure_html = tmp / (name + "-measure.html"), html_path = tmp / (name + ".html");
  const fs::path pdf_tmp = tmp / (name + ".pdf"), pdf_out = fs::path(o.out) / (name + ".pdf");
  const std::string what = "pamphlet " + p.id + " (" + ModeName(html.mode) + ")";
  if (!WriteText(measure_html, WithMeasureScript(html.html)) || !WriteText(html_path, html.html)) {
    diags.Error({tmp.string(), 0, 0}, "cannot write temporary files");
    return;
  }
  std::error_code ec;
  if (o.keep_html)
    fs::copy_file(html_path, fs::path(o.out) / (name + ".html"),
                  fs::copy_options::overwrite_existing, ec);
  ChromiumRun m = DumpDom(chromium, measure_html.string());
  std::vector<PanelOverflow> overflows;
  if (!m.ok || !ParseMeasurement(m.output, &overflows)) {
    diags.Error(p.where, what + ": could not measure the panels: " +
                             (m.ok ? "the page did not report its layout" : m.error));
    return;
  }
  for (const PanelOverflow& v : overflows) {
    Location where = p.where;
    for (const PanelFill& f : html.panels)
      if (f.name == v.panel) where = f.where;
    std::string how;
    if (v.over_mm > 0.5) how = OneDecimal(v.over_mm) + " mm too tall";
    if (v.wide_mm > 0.5)
      how += (how.empty() ? "" : " and ") + OneDecimal(v.wide_mm) + " mm too wide";
    diags.Error(where, what + ": the content of the panel " + v.panel + " on page " +
                           std::to_string(v.sheet + 1) + " does not fit: " + how +
                           " (measured in Chromium); shorten it or move a section to another "
                           "panel");
  }
  if (!overflows.empty()) {
    diags.Info(p.where, what + ": no PDF written because of the overflow above");
    return;
  }
  ChromiumRun r = PrintToPdf(chromium, html_path.string(), pdf_tmp.string());
  if (r.ok) fs::rename(pdf_tmp, pdf_out, ec);
  if (r.ok && ec) fs::copy_file(pdf_tmp, pdf_out, fs::copy_options::overwrite_existing, ec);
  if (!r.ok || ec) {
    diags.Error(p.where, what + ": " + (r.ok ? "cannot write " + pdf_out.string() : r.error));
    return;
  }
  std::cout << "wrote " << pdf_out.string() << " (" << std::fixed;
  std::cout.precision(1);
  std::cout << m.seconds + r.seconds << " s)\n";
}

}  // namespace

int RunPdf(const std::vector<std::string>& args) {
  PdfOptions o;
  if (int rc = ParseArgs(args, &o); rc != kExitOk) return rc;
  const std::string chromium = FindChromium();
  if (chromium.empty()) {
    std::cerr << "renkei pdf: Chromium is not installed. Install the Debian package `chromium`\n"
                 "  (sudo apt-get install chromium), or set RENKEI_CHROMIUM to a Chromium or\n"
                 "  Chrome executable. The HTML of `renkei build` prints from any browser too.\n";
    return kExitUsage;
  }
  Diagnostics diags;
  Library lib;
  if (!LoadContent(o.content, diags, &lib)) {
    std::cerr << "renkei pdf: content directory '" << o.content << "' does not exist\n";
    return kExitUsage;
  }
  for (const std::string& id : o.ids) {
    bool known = false;
    for (const Pamphlet& p : lib.pamphlets) known = known || p.id == id;
    if (!known && !diags.has_errors()) {
      std::cerr << "renkei pdf: there is no pamphlet with the id '" << id << "' in " << o.content
                << "/pamphlets/\n";
      return kExitUsage;
    }
  }
  PrintTemplates templates;
  if (std::string error = templates.Load(o.settings.templates_dir); !error.empty())
    diags.Error({o.settings.templates_dir, 0, 0}, error);
  if (diags.has_errors()) {
    diags.Print(std::cerr);
    return kExitDataError;
  }
  std::error_code ec;
  fs::create_directories(o.out, ec);
  char tmpl[] = "/tmp/renkei-pdf-XXXXXX";
  if (ec || !mkdtemp(tmpl)) {
    std::cerr << "renkei pdf: cannot create " << (ec ? o.out : "a temporary directory") << "\n";
    return kExitDataError;
  }
  for (const Pamphlet& p : lib.pamphlets) {
    if (!o.ids.empty() && !o.ids.count(p.id)) continue;
    for (size_t i = 0; i < p.modes.size(); ++i) {
      PamphletHtml html = RenderPamphletHtml(lib, o.settings.assets_dir, p, i, templates, diags);
      PrintOne(chromium, p, html, tmpl, o, diags);
    }
  }
  fs::remove_all(tmpl, ec);
  if (!diags.all().empty()) diags.Print(std::cerr);
  return diags.has_errors() ? kExitDataError : kExitOk;
}

}  // namespace renkei
