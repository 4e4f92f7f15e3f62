// content/outcomes/*.yaml: what activities achieved (【効果】) and counted
// figures, where a figure may be inside another (うち).
#include <map>

#include "load/record_list.h"
#include "util/text.h"

namespace renkei {

namespace {

void LoadFigures(YamlReader& r, const YAML::Node& n, const std::string& path, Outcome* o) {
  const YAML::Node figs = n["figures"];
  if (!figs || figs.IsNull()) return;
  const std::string fpath = KeyPath(path, "figures");
  if (!r.ExpectMap(figs, fpath)) return;
  r.WarnUnknownKeys(figs, {"title", "unit", "rows"}, fpath);
  o->figures_title = r.Text(figs, "title", fpath);
  o->figures_unit = r.Text(figs, "unit", fpath);
  const YAML::Node rows = figs["rows"];
  const std::string rpath = KeyPath(fpath, "rows");
  if (!rows || !r.ExpectSequence(rows, rpath)) return;
  std::map<std::string, int> by_id;
  for (size_t i = 0; i < rows.size(); ++i) {
    const std::string p = KeyPath(rpath, i);
    if (!r.ExpectMap(rows[i], p)) continue;
    r.WarnUnknownKeys(rows[i], {"id", "label", "value", "part_of"}, p);
    OutcomeFigure f;
    f.id = r.Text(rows[i], "id", p);
    f.label = r.Text(rows[i], "label", p, true);
    f.part_of = r.Text(rows[i], "part_of", p);
    f.value = r.Integer(rows[i], "value", p).value_or(0);
    if (!r.Text(rows[i], "value", p).empty() && f.value < 0)
      r.Error(rows[i]["value"], "`" + p + ".value` must not be negative");
    if (!f.part_of.empty()) {
      auto it = by_id.find(f.part_of);
      if (it == by_id.end()) {
        r.Error(rows[i], "`" + p + ".part_of` \"" + Abbreviate(f.part_of) +
                             "\" is not the id of a row above it");
      } else {
        f.parent = it->second;
        const OutcomeFigure& parent = o->figures[it->second];
        if (f.value > parent.value)
          r.Warning(rows[i], "`" + p + "` (うち) " + std::to_string(f.value) +
                                 " is more than the row it is part of (" +
                                 std::to_string(parent.value) + ")");
      }
    }
    if (!f.id.empty()) by_id.emplace(f.id, static_cast<int>(o->figures.size()));
    o->figures.push_back(std::move(f));
  }
}

}  // namespace

void LoadOutcomes(LoadContext& ctx) {
  ForEachRecord(ctx, "outcomes", [&](YamlReader& r, const YAML::Node& n, const std::string& path) {
    r.WarnUnknownKeys(n, {"id", "fiscal_year", "activity", "item", "actions", "effects", "figures"},
                      path);
    Outcome o;
    o.where = r.At(n);
    o.id = r.Text(n, "id", path, true);
    CheckRecordId(r, n, o.id, path);
    o.activity = r.Text(n, "activity", path, true);
    o.item = r.Text(n, "item", path);
    if (!o.item.empty() && ctx.lib.FindItem(o.item) < 0)
      r.Error(n["item"],
              "`" + path + ".item` \"" + Abbreviate(o.item) + "\" is not an item id of items.yaml");
    o.fiscal_year = RecordFiscalYear(r, n, path);
    o.actions = r.TextList(n, "actions", path);
    o.effects = r.TextList(n, "effects", path);
    LoadFigures(r, n, path, &o);
    ctx.lib.outcomes.push_back(std::move(o));
  });
}

}  // namespace renkei
