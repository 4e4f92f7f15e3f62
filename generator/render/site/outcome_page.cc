// Outcomes: what each activity did, the effects reported (【効果】), and counted
// figures with うち rows nested under the row they are part of.
#include <algorithm>
#include <map>

#include "model/fiscal_year.h"
#include "render/site/site_build.h"
#include "util/text.h"

namespace renkei {

namespace {

data FiguresView(const Outcome& o) {
  data rows = List();
  for (const OutcomeFigure& f : o.figures) {
    int depth = 0;
    for (int p = f.parent; p >= 0 && depth < 8; p = o.figures[p].parent) ++depth;
    data row = Obj();
    row.set("label", f.label);
    row.set("value", WithThousandsSeparators(f.value));
    row.set("unit", o.figures_unit);
    row.set("depth", std::to_string(depth));
    row.set("is_part", Bool(f.parent >= 0));
    rows.push_back(row);
  }
  return rows;
}

}  // namespace

void AddOutcomePage(SiteBuild& b) {
  if (b.lib.outcomes.empty()) return;
  const SiteBuild* build = &b;
  SitePage sp = NewPage("outcomes/", "成果", "取組ごとに報告された効果と、その数です。", "outcomes",
                        "outcomes/");
  sp.view = [build](const PageEnv& env) {
    const Library& lib = build->lib;
    std::map<int, std::vector<const Outcome*>> by_year;
    for (const Outcome& o : lib.outcomes) by_year[o.fiscal_year].push_back(&o);
    data v = Obj();
    data years = List();
    for (const auto& [fy, outcomes] : by_year) {
      data y = Obj();
      y.set("year", FormatFiscalYearBoth(fy));
      data list = List();
      for (const Outcome* o : outcomes) {
        data d = Obj();
        d.set("id", o->id);
        d.set("activity", o->activity);
        if (int item = lib.FindItem(o->item); item >= 0) {
          d.set("item_title", ItemTitle(lib.items[item]));
          d.set("item_href", env.Href(ItemPath(lib.items[item])));
        }
        data actions = List(), effects = List();
        for (const std::string& a : o->actions) actions.push_back(data(a));
        for (const std::string& e : o->effects) effects.push_back(data(e));
        d.set("actions", actions);
        d.set("has_actions", Bool(!o->actions.empty()));
        d.set("effects", effects);
        d.set("has_effects", Bool(!o->effects.empty()));
        if (!o->figures.empty()) {
          data fig = Obj();
          fig.set("title", o->figures_title.empty() ? o->activity : o->figures_title);
          fig.set("unit", o->figures_unit);
          fig.set("rows", FiguresView(*o));
          fig.set("has_parts",
                  Bool(std::any_of(o->figures.begin(), o->figures.end(),
                                   [](const OutcomeFigure& f) { return f.parent >= 0; })));
          d.set("figures", fig);
        }
        list.push_back(d);
      }
      y.set("outcomes", list);
      years.push_back(y);
    }
    v.set("years", years);
    return v;
  };
  sp.content_key = b.data_key;
  b.pages.push_back(std::move(sp));
}

}  // namespace renkei
