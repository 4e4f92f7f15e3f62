// content/pamphlets/*.yaml: leaflets (docs/pamphlets.md). Each file is a list
// of pamphlets; each pamphlet a list of sections placed on named panels.
#include <map>

#include "load/pamphlet_block_loader.h"
#include "load/record_list.h"
#include "util/text.h"

namespace renkei {

namespace {

void LoadModes(YamlReader& r, const YAML::Node& n, const std::string& path, Pamphlet* p) {
  const std::vector<std::string> modes = r.TextList(n, "mode", path);
  const YAML::Node node = n["mode"];
  for (size_t i = 0; i < modes.size(); ++i) {
    const std::string name = Trim(modes[i]);
    std::optional<PrintMode> m = ParsePrintMode(name);
    const YAML::Node at = node.IsSequence() ? node[i] : node;
    if (!m) {
      r.Error(at, "`" + KeyPath(path, "mode") + "` \"" + Abbreviate(name) +
                      "\" is not a print mode (use office, press, or both as [office, press])");
    } else if (std::find(p->modes.begin(), p->modes.end(), *m) != p->modes.end()) {
      r.Error(at, "`" + KeyPath(path, "mode") + "` names " + name + " twice");
    } else {
      p->modes.push_back(*m);
    }
  }
  if (modes.empty()) p->modes.push_back(PrintMode::kOffice);
}

void LoadQrUrl(YamlReader& r, const YAML::Node& n, const std::string& path, Pamphlet* p) {
  p->qr_url = Trim(r.Text(n, "qr_url", path));
  if (p->qr_url.empty()) return;
  const bool web = p->qr_url.starts_with("https://") || p->qr_url.starts_with("http://");
  bool plain = true;
  for (unsigned char c : p->qr_url) plain = plain && c > ' ' && c < 0x7f;
  if (!web || !plain || p->qr_url.size() > 500) {
    r.Error(n["qr_url"], "`" + KeyPath(path, "qr_url") + "` \"" + Abbreviate(p->qr_url) +
                             "\" must be a web address starting with https:// (ASCII, no spaces, "
                             "at most 500 characters)");
    p->qr_url.clear();
  }
}

void LoadBlocks(LoadContext& ctx, YamlReader& r, const YAML::Node& n, const std::string& path,
                bool format_ok, Pamphlet* p) {
  const char* key = n["sections"] ? "sections" : "panels";
  if (n["sections"] && n["panels"])
    r.Error(n["panels"], "`" + KeyPath(path, "panels") +
                             "` and `sections` are the same list: write only `sections`");
  const YAML::Node list = n[key];
  const std::string lpath = KeyPath(path, key);
  if (!list || list.IsNull()) {
    r.Error(n, "missing required field `" + KeyPath(path, "sections") +
                   "` (the list of what the pamphlet shows)");
    return;
  }
  if (!r.ExpectSequence(list, lpath)) return;
  std::string panel = PanelNames(p->format).front();
  std::map<std::string, int> used;
  for (size_t i = 0; i < list.size(); ++i) {
    PamphletBlock b;
    if (!LoadPamphletBlock(ctx, r, list[i], KeyPath(lpath, i), p->format, panel, &b)) continue;
    panel = b.panel;
    ++used[b.panel];
    p->blocks.push_back(std::move(b));
  }
  if (p->blocks.empty() || !format_ok) return;
  std::string blank;
  for (const std::string& name : PanelNames(p->format))
    if (!used.count(name)) blank += (blank.empty() ? "" : ", ") + name;
  if (!blank.empty())
    r.Warning(list, "`" + lpath + "`: no section is placed on the panel(s) " + blank +
                        " (they will be blank; place sections there with `panel:`)");
}

}  // namespace

void LoadPamphlets(LoadContext& ctx) {
  std::map<std::string, Location> outputs;
  ForEachRecord(ctx, "pamphlets", [&](YamlReader& r, const YAML::Node& n, const std::string& path) {
    r.WarnUnknownKeys(n,
                      {"id", "title", "subtitle", "format", "mode", "qr_url", "large_print",
                       "sections", "panels"},
                      path);
    Pamphlet p;
    p.where = r.At(n);
    p.key_path = path;
    p.id = r.Text(n, "id", path, true);
    const bool id_ok = CheckRecordId(r, n, p.id, path);
    p.title = Trim(r.Text(n, "title", path, true));
    p.subtitle = Trim(r.Text(n, "subtitle", path));
    const std::string format = Trim(r.Text(n, "format", path, true));
    bool format_ok = false;
    if (!format.empty()) {
      std::optional<PamphletFormat> f = ParsePamphletFormat(format);
      if (f) {
        p.format = *f;
        format_ok = true;
      } else {
        r.Error(n["format"], "`" + KeyPath(path, "format") + "` \"" + Abbreviate(format) +
                                 "\" is not a format (use a4-trifold, a4, a4-duplex or a3-poster)");
      }
    }
    LoadModes(r, n, path, &p);
    LoadQrUrl(r, n, path, &p);
    p.large_print = r.Boolean(n, "large_print", path, false);
    LoadBlocks(ctx, r, n, path, format_ok, &p);
    if (!id_ok) return;
    for (size_t i = 0; i < p.modes.size(); ++i) {
      auto [it, fresh] = outputs.emplace(PamphletOutputPath(p, i), p.where);
      if (!fresh)
        r.Error(n["id"], "`" + KeyPath(path, "id") + "` " + p.id + " would write " + it->first +
                             ", which the pamphlet at " + it->second.path + ":" +
                             std::to_string(it->second.line) + " writes too: choose another id");
    }
    ctx.lib.pamphlets.push_back(std::move(p));
  });
}

}  // namespace renkei
