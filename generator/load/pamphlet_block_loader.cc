#include "load/pamphlet_block_loader.h"

#include "util/text.h"
#include "write/output_tree.h"

namespace renkei {

namespace {

std::string Quoted(const std::string& s) { return "\"" + Abbreviate(s) + "\""; }

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// The fields each kind uses besides kind, panel and heading.
std::vector<std::string> FieldsOf(BlockKind k) {
  switch (k) {
    case BlockKind::kPage:
      return {"page", "section"};
    case BlockKind::kModel:
      return {"model"};
    case BlockKind::kItem:
      return {"item"};
    case BlockKind::kContact:
      return {};
    case BlockKind::kEvent:
      return {"date",    "start",     "end",      "doors", "place",
              "address", "organiser", "capacity", "fee",   "apply"};
    case BlockKind::kMarkdown:
      return {"text"};
    case BlockKind::kImage:
      return {"image", "alt", "height_mm"};
    case BlockKind::kQr:
      return {"url", "height_mm"};
  }
  return {};
}

bool HasSection(std::string_view markdown, const std::string& heading) {
  for (const std::string& line : Split(markdown, '\n')) {
    size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && Trim(line.substr(hashes)) == heading) return true;
  }
  return false;
}

void LoadPageRef(LoadContext& ctx, YamlReader& r, const YAML::Node& n, const std::string& path,
                 PamphletBlock* b) {
  b->ref = NormalizeFieldText(r.Text(n, "page", path, true));
  b->section = Trim(r.Text(n, "section", path));
  if (b->ref.empty()) return;
  bool ambiguous = false;
  const int page = ctx.lib.FindPage(b->ref, &ambiguous);
  if (page < 0) {
    r.Error(n["page"], "`" + KeyPath(path, "page") + "` " + Quoted(b->ref) +
                           " is not the slug of any page in pages/ (write the page's `slug`, "
                           "e.g. soudan)");
  } else if (ambiguous) {
    r.Error(n["page"], "`" + KeyPath(path, "page") + "` " + Quoted(b->ref) +
                           " is the slug of several pages: write the page's folder too, e.g. "
                           "news/" +
                           b->ref);
  } else if (!b->section.empty()) {
    const Page& quoted = ctx.lib.pages[static_cast<size_t>(page)];
    if (ctx.bodies_read) ctx.bodies_read->push_back(static_cast<size_t>(page));
    if (!HasSection(quoted.body_markdown, b->section))
      r.Error(n["section"], "`" + KeyPath(path, "section") + "` " + Quoted(b->section) +
                                " is not a heading of the page " + quoted.source +
                                " (write the text after ## exactly)");
  }
}

void LoadRecordRef(YamlReader& r, const YAML::Node& n, const std::string& path, const char* key,
                   const Library& lib, PamphletBlock* b) {
  b->ref = NormalizeFieldText(r.Text(n, key, path, true));
  bool known = false;
  if (std::string(key) == "model") {
    for (const ProjectModel& m : lib.models) known = known || m.id == b->ref;
  } else {
    known = lib.FindItem(b->ref) >= 0;
  }
  if (!b->ref.empty() && !known)
    r.Error(n[key], "`" + KeyPath(path, key) + "` " + Quoted(b->ref) + " is not the id of any " +
                        (std::string(key) == "model" ? "project model in models/"
                                                     : "program item in items.yaml"));
}

void LoadImage(YamlReader& r, const YAML::Node& n, const std::string& path, PamphletBlock* b) {
  std::string image = NormalizeFieldText(r.Text(n, "image", path, true));
  b->alt = Trim(r.Text(n, "alt", path, true));
  if (image.empty()) return;
  if (image.starts_with("assets/")) image = image.substr(7);
  static const char* const kExts[] = {".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"};
  bool ext_ok = false;
  for (const char* e : kExts) ext_ok = ext_ok || image.ends_with(e);
  if (!IsSafeOutputPath(image)) {
    r.Error(n["image"], "`" + KeyPath(path, "image") + "` " + Quoted(image) +
                            " must be a path inside assets/, e.g. print/map.png (no \"..\", "
                            "no leading \"/\")");
  } else if (!ext_ok) {
    r.Error(n["image"], "`" + KeyPath(path, "image") + "` " + Quoted(image) +
                            " must be an .svg, .png, .jpg, .gif or .webp image");
  } else {
    b->ref = image;
  }
}

void LoadEvent(YamlReader& r, const YAML::Node& n, const std::string& path, PamphletBlock* b) {
  PamphletEvent& e = b->event;
  const std::string date = NormalizeFieldText(r.Text(n, "date", path, true));
  if (!date.empty()) {
    ParseResult<Date> d = ParseIsoDate(date);
    if (d.ok()) {
      e.date = *d.value;
    } else {
      r.Error(n["date"], "`" + KeyPath(path, "date") + "`: " + d.error);
    }
  }
  auto time = [&](const char* key, bool required) {
    const std::string text = r.Text(n, key, path, required);
    if (text.empty()) return std::string();
    std::string t = NormalizeTimeOfDay(text);
    if (t.empty())
      r.Error(n[key], "`" + KeyPath(path, key) + "` " + Quoted(text) +
                          " must be a time of day such as 13:30");
    return t;
  };
  e.start = time("start", true);
  e.end = time("end", false);
  e.doors = time("doors", false);
  if (!e.start.empty() && !e.end.empty() && e.end <= e.start)
    r.Error(n["end"],
            "`" + KeyPath(path, "end") + "` " + e.end + " must be later than `start` " + e.start);
  if (!e.start.empty() && !e.doors.empty() && e.doors > e.start)
    r.Error(n["doors"], "`" + KeyPath(path, "doors") + "` " + e.doors +
                            " (開場) must not be later than `start` " + e.start);
  e.place = Trim(r.Text(n, "place", path, true));
  e.address = Trim(r.Text(n, "address", path));
  e.organiser = Trim(r.Text(n, "organiser", path));
  e.capacity = Trim(r.Text(n, "capacity", path));
  e.fee = Trim(r.Text(n, "fee", path));
  e.apply_markdown = r.Text(n, "apply", path);
}

void LoadHeight(YamlReader& r, const YAML::Node& n, const std::string& path, PamphletBlock* b) {
  std::optional<long long> h = r.Integer(n, "height_mm", path);
  if (!h) return;
  if (*h < 10 || *h > 250) {
    r.Error(n["height_mm"], "`" + KeyPath(path, "height_mm") + "` " + std::to_string(*h) +
                                " must be between 10 and 250 (millimetres)");
    return;
  }
  b->height_mm = static_cast<int>(*h);
}

}  // namespace

std::string NormalizeTimeOfDay(const std::string& text) {
  const std::string t = NormalizeFieldText(text);
  const size_t colon = t.find(':');
  if (colon == std::string::npos || colon == 0 || colon > 2 || t.size() != colon + 3) return "";
  int h = 0, m = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (i == colon) continue;
    if (t[i] < '0' || t[i] > '9') return "";
    (i < colon ? h : m) = (i < colon ? h : m) * 10 + (t[i] - '0');
  }
  if (h > 23 || m > 59) return "";
  return (h < 10 ? "0" : "") + std::to_string(h) + ":" + t.substr(colon + 1);
}

bool LoadPamphletBlock(LoadContext& ctx, YamlReader& r, const YAML::Node& n,
                       const std::string& path, PamphletFormat format, const std::string& panel,
                       PamphletBlock* b) {
  if (!r.ExpectMap(n, path)) return false;
  b->where = r.At(n);
  b->key_path = path;
  const std::string kind = Trim(r.Text(n, "kind", path, true));
  if (kind.empty()) return false;
  std::optional<BlockKind> k = ParseBlockKind(kind);
  if (!k) {
    r.Error(n["kind"], "`" + KeyPath(path, "kind") + "` " + Quoted(kind) +
                           " is not a kind of section (use one of: page, model, item, contact, "
                           "event, markdown, image, qr)");
    return false;
  }
  b->kind = *k;
  const std::vector<std::string> fields = FieldsOf(*k);
  for (const auto& kv : n) {
    const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "";
    if (key == "kind" || key == "panel" || key == "heading") continue;
    bool used = false;
    for (const std::string& f : fields) used = used || f == key;
    if (!used)
      r.Warning(kv.first, "`" + KeyPath(path, key.c_str()) + "` is not used by a section of kind " +
                              kind + (fields.empty() ? "" : " (it uses: " + Join(fields) + ")"));
  }
  b->panel = Trim(r.Text(n, "panel", path));
  if (b->panel.empty()) {
    b->panel = panel;
  } else {
    const std::vector<std::string>& names = PanelNames(format);
    bool known = false;
    for (const std::string& p : names) known = known || p == b->panel;
    if (!known) {
      r.Error(n["panel"], "`" + KeyPath(path, "panel") + "` " + Quoted(b->panel) +
                              " is not a panel of the format " + FormatName(format) +
                              " (its panels: " + Join(names) + ")");
      b->panel = panel;
    }
  }
  b->heading = Trim(r.Text(n, "heading", path));
  const Library& lib = ctx.lib;
  switch (*k) {
    case BlockKind::kPage:
      LoadPageRef(ctx, r, n, path, b);
      break;
    case BlockKind::kModel:
      LoadRecordRef(r, n, path, "model", lib, b);
      break;
    case BlockKind::kItem:
      LoadRecordRef(r, n, path, "item", lib, b);
      break;
    case BlockKind::kContact:
      if (lib.site.contact.empty())
        r.Error(n["kind"], "`" + KeyPath(path, "kind") +
                               "` is contact, but site.yaml has no `contact:` to show");
      break;
    case BlockKind::kEvent:
      LoadEvent(r, n, path, b);
      break;
    case BlockKind::kMarkdown:
      b->markdown = r.Text(n, "text", path, true);
      break;
    case BlockKind::kImage:
      LoadImage(r, n, path, b);
      LoadHeight(r, n, path, b);
      break;
    case BlockKind::kQr:
      b->url = Trim(r.Text(n, "url", path));
      LoadHeight(r, n, path, b);
      break;
  }
  return true;
}

}  // namespace renkei
