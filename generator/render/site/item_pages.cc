// The program items (ア)〜(ク): an index with the prefecture's whole table, and
// one page per item with its purpose, examples and figures. Figures come from
// model/comparison.h (prefecture) and model/tabulation.h (one municipality).
#include <algorithm>

#include "model/comparison.h"
#include "model/fiscal_year.h"
#include "model/share.h"
#include "render/site/site_build.h"

namespace renkei {

namespace {

std::string Denominator(const SiteBuild& b, int64_t n) {
  std::vector<std::string> reasons;
  for (const Municipality& m : b.lib.municipalities) {
    if (m.prefecture_code != b.facts.prefecture || m.counted()) continue;
    if (std::find(reasons.begin(), reasons.end(), m.exclude) == reasons.end())
      reasons.push_back(m.exclude);
  }
  std::string text = "対象：" + std::to_string(n) + b.facts.municipalities_word;
  for (const std::string& r : reasons) text += "（" + r + "を除く）";
  return text;
}

/// The prefecture's comparison table for one item (or all items when item < 0).
data ComparisonView(const SiteBuild& b, int item) {
  data t = Obj();
  if (b.facts.prefecture == 0 || b.facts.report_years.empty()) return t;
  const auto [year, prev] = b.facts.report_years.back();
  const Comparison c = BuildComparison(b.lib, b.tab, b.facts.prefecture, year, prev, item);
  std::string caption = b.facts.prefecture_name + "の" + b.facts.municipalities_word + "の取組状況";
  if (item >= 0) caption = ItemTitle(b.lib.items[item]) + "：" + caption;
  t.set("caption", caption);
  t.set("municipalities_word", b.facts.municipalities_word);
  t.set("denominator", Denominator(b, c.denominator));
  if (!b.lib.site.report.as_of.empty()) t.set("as_of", b.lib.site.report.as_of);
  t.set("year_label", FormatEraFiscalYear(year));
  t.set("has_prev", Bool(prev.has_value()));
  if (prev) t.set("prev_label", FormatEraFiscalYear(*prev));
  t.set("colspan", prev ? "6" : "3");
  data rows = List();
  int last_item = -1;
  for (const ComparisonRow& r : c.rows) {
    if (item < 0 && r.item != last_item) {
      data h = Obj();
      h.set("item_heading", ItemTitle(b.lib.items[r.item]));
      rows.push_back(h);
      last_item = r.item;
    }
    data row = Obj();
    row.set("label", b.lib.indicators[r.indicator].label);
    row.set("depth", std::to_string(r.depth));
    row.set("heading", Bool(r.heading_only));
    row.set("now_count", r.text.now_count);
    row.set("now_percent", r.text.now_percent);
    row.set("prev_count", r.text.prev_count);
    row.set("prev_percent", r.text.prev_percent);
    row.set("change", r.text.change);
    rows.push_back(row);
  }
  t.set("rows", rows);
  data notes = List();
  for (const std::string& n : b.lib.site.report.notes) notes.push_back(data(n));
  if (!b.lib.site.report.notes.empty()) t.set("notes", notes);
  if (!b.lib.site.report.source.empty()) t.set("source", b.lib.site.report.source);
  return t;
}

/// Which municipalities carried out each indicator of the item in the latest year.
data DoneByView(const SiteBuild& b, const Item& item) {
  data list = List();
  if (b.facts.prefecture == 0 || b.facts.report_years.empty()) return list;
  const int year = b.facts.report_years.back().first;
  for (int ind : item.indicators) {
    if (b.lib.indicators[ind].heading_only()) continue;
    std::string names;
    int count = 0;
    for (size_t m = 0; m < b.lib.municipalities.size(); ++m) {
      const Municipality& mu = b.lib.municipalities[m];
      if (mu.prefecture_code != b.facts.prefecture || !mu.counted()) continue;
      auto s = b.tab.StatusOf(static_cast<int>(m), year, ind);
      if (!s || *s != Status::kDone) continue;
      if (count++) names += "、";
      names += mu.name;
    }
    data d = Obj();
    d.set("label", b.lib.indicators[ind].label);
    d.set("count", std::to_string(count));
    d.set("names", count ? names : "（なし）");
    list.push_back(d);
  }
  return list;
}

/// A municipality's own status by year next to the prefecture's share.
data OwnStatusView(const SiteBuild& b, const Item& item) {
  data t = Obj();
  const int m = b.facts.municipality;
  const std::vector<int> years = b.tab.SurveyedYears(b.facts.prefecture);
  if (m < 0 || years.empty()) return t;
  const std::string& name = b.lib.municipalities[m].name;
  t.set("caption",
        ItemTitle(item) + "：" + name + "の取組状況と" + b.facts.prefecture_name + "全体の実施率");
  t.set("name", name);
  t.set("prefecture_name", b.facts.prefecture_name);
  data head = List();
  for (int y : years) head.push_back(data(FormatEraFiscalYear(y)));
  t.set("years", head);
  data rows = List();
  for (int ind : item.indicators) {
    data row = Obj();
    row.set("label", b.lib.indicators[ind].label);
    row.set("depth", std::to_string(b.lib.indicators[ind].depth));
    data cells = List();
    for (int y : years) {
      data cell = Obj();
      if (!b.lib.indicators[ind].heading_only()) {
        auto s = b.tab.StatusOf(m, y, ind);
        cell.set("status", s ? std::string(StatusLabel(*s)) : "");
        auto share = b.tab.ShareOf(b.facts.prefecture, y, ind);
        cell.set("share", share ? FormatShare(*share) : "");
      } else {
        cell.set("status", "");
        cell.set("share", "");
      }
      cells.push_back(cell);
    }
    row.set("cells", cells);
    rows.push_back(row);
  }
  t.set("rows", rows);
  return t;
}

}  // namespace

void AddItemPages(SiteBuild& b) {
  if (b.lib.items.empty()) return;
  const SiteBuild* build = &b;
  SitePage index =
      NewPage("items/", "事業項目（ア）〜（ク）",
              "在宅医療・介護連携推進事業の8つの事業項目と、その取組状況です。", "items", "items/");
  index.view = [build](const PageEnv& env) {
    data v = Obj();
    v.set("items", ItemLinks(env, build->lib));
    if (build->facts.municipality < 0) {
      data table = ComparisonView(*build, -1);
      if (!table.is_empty_object()) v.set("comparison", table);
    }
    return v;
  };
  index.content_key = b.data_key;
  b.pages.push_back(std::move(index));

  for (size_t i = 0; i < b.lib.items.size(); ++i) {
    const Item& item = b.lib.items[i];
    SitePage sp = NewPage(ItemPath(item), ItemTitle(item), item.purpose, "item", "items/");
    sp.crumbs.push_back({"事業項目（ア）〜（ク）", "items/"});
    const int index_of_item = static_cast<int>(i);
    sp.view = [build, index_of_item](const PageEnv& env) {
      const Item& item = build->lib.items[index_of_item];
      data v = Obj();
      v.set("marker", item.marker);
      v.set("label", item.label);
      v.set("purpose", item.purpose);
      data examples = List();
      for (const std::string& e : item.examples) examples.push_back(data(e));
      v.set("examples", examples);
      v.set("has_examples", Bool(!item.examples.empty()));
      if (build->facts.municipality >= 0) {
        data own = OwnStatusView(*build, item);
        if (!own.is_empty_object()) v.set("own_status", own);
      } else {
        data table = ComparisonView(*build, index_of_item);
        if (!table.is_empty_object()) {
          v.set("comparison", table);
          v.set("done_by", DoneByView(*build, item));
          v.set("has_done_by", Bool(true));
          v.set("done_year", FormatEraFiscalYear(build->facts.report_years.back().first));
          v.set("municipalities_word", build->facts.municipalities_word);
        }
      }
      data outcomes = List();
      bool any = false;
      for (const Outcome& o : build->lib.outcomes) {
        if (o.item != item.id) continue;
        data d = Obj();
        d.set("title", o.activity);
        d.set("href", env.Href("outcomes/") + "#" + o.id);
        outcomes.push_back(d);
        any = true;
      }
      v.set("outcomes", outcomes);
      v.set("has_outcomes", Bool(any));
      return v;
    };
    sp.content_key = b.data_key;
    b.pages.push_back(std::move(sp));
  }
}

}  // namespace renkei
