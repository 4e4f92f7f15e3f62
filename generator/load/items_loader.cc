// content/items.yaml: the program items (ア)〜(ク) and their indicator tree.
#include <set>

#include "load/loaders.h"
#include "util/slug.h"
#include "util/text.h"

namespace renkei {

namespace {

constexpr int kMaxDepth = 3;

class ItemsLoader {
 public:
  ItemsLoader(LoadContext& ctx, YamlReader& r) : ctx_(ctx), r_(r) {}

  void LoadItem(const YAML::Node& n, const std::string& path) {
    if (!r_.ExpectMap(n, path)) return;
    r_.WarnUnknownKeys(n, {"id", "marker", "label", "purpose", "examples", "indicators"}, path);
    Item item;
    item.where = r_.At(n);
    item.id = r_.Text(n, "id", path, true);
    item.marker = r_.Text(n, "marker", path);
    item.label = r_.Text(n, "label", path, true);
    item.purpose = r_.Text(n, "purpose", path);
    item.examples = r_.TextList(n, "examples", path);
    CheckId(n["id"], item.id, path + ".id");
    if (!item.id.empty() && !item_ids_.insert(item.id).second)
      r_.Error(n["id"], "item id \"" + item.id + "\" is used twice");
    const int item_index = static_cast<int>(ctx_.lib.items.size());
    ctx_.lib.items.push_back(std::move(item));
    const YAML::Node list = n["indicators"];
    const std::string list_path = KeyPath(path, "indicators");
    if (!list || list.IsNull()) {
      r_.Error(n, "`" + list_path + "` is missing: an item needs at least one indicator");
      return;
    }
    LoadIndicators(list, list_path, item_index, -1, 0);
  }

 private:
  void CheckId(const YAML::Node& at, const std::string& id, const std::string& path) {
    if (!id.empty() && !IsSlug(id, /*allow_underscore=*/true))
      r_.Error(at, "`" + path + "` \"" + Abbreviate(id) +
                       "\" may only use a-z, 0-9, - and _ (it becomes part of page addresses)");
  }

  void LoadIndicators(const YAML::Node& list, const std::string& path, int item, int parent,
                      int depth) {
    if (!r_.ExpectSequence(list, path)) return;
    for (size_t i = 0; i < list.size(); ++i)
      LoadIndicator(list[i], KeyPath(path, i), item, parent, depth);
  }

  void LoadIndicator(const YAML::Node& n, const std::string& path, int item, int parent,
                     int depth) {
    if (!r_.ExpectMap(n, path)) return;
    if (depth >= kMaxDepth) {
      r_.Error(n, "`" + path + "` is nested too deep: indicators have at most " +
                      std::to_string(kMaxDepth) + " levels");
      return;
    }
    r_.WarnUnknownKeys(n, {"id", "label", "rollup", "children"}, path);
    Indicator ind;
    ind.where = r_.At(n);
    ind.id = r_.Text(n, "id", path, true);
    ind.label = r_.Text(n, "label", path, true);
    ind.item = item;
    ind.parent = parent;
    ind.depth = depth;
    CheckId(n["id"], ind.id, path + ".id");
    if (!ind.id.empty() && !indicator_ids_.insert(ind.id).second)
      r_.Error(n["id"],
               "indicator id \"" + ind.id + "\" is used twice (ids are unique across all items)");
    const std::string rollup = r_.Text(n, "rollup", path);
    if (rollup == "any") {
      ind.rollup_any = true;
    } else if (!rollup.empty()) {
      r_.Error(n["rollup"], "`" + path + ".rollup` \"" + Abbreviate(rollup) +
                                "\" is not known; the only rollup is `any`");
    }
    const YAML::Node children = n["children"];
    const bool has_children = children && children.IsSequence() && children.size() > 0;
    if (ind.rollup_any && !has_children)
      r_.Error(n, "`" + path + "` has `rollup: any` but no `children` to roll up");
    Library& lib = ctx_.lib;
    const int index = static_cast<int>(lib.indicators.size());
    lib.indicators.push_back(std::move(ind));
    lib.items[item].indicators.push_back(index);
    if (parent >= 0) lib.indicators[parent].children.push_back(index);
    if (children) LoadIndicators(children, KeyPath(path, "children"), item, index, depth + 1);
  }

  LoadContext& ctx_;
  YamlReader& r_;
  std::set<std::string> item_ids_, indicator_ids_;
};

}  // namespace

void LoadItems(LoadContext& ctx) {
  const std::string rel = "items.yaml";
  YamlReader r(ctx.DisplayPath(rel), ctx.diags);
  if (!ContentExists(ctx, rel)) {
    ctx.diags.Error({r.path(), 0, 0},
                    "items.yaml is missing: it lists the program items and their indicators");
    return;
  }
  YAML::Node doc;
  if (!ReadYamlFile(ctx, rel, r, &doc) || !r.ExpectMap(doc, "items.yaml")) return;
  r.WarnUnknownKeys(doc, {"items"}, "");
  const YAML::Node items = doc["items"];
  if (!items || items.IsNull()) {
    r.Error(doc, "`items` is missing: write `items:` followed by the list of program items");
    return;
  }
  if (!r.ExpectSequence(items, "items")) return;
  ItemsLoader loader(ctx, r);
  for (size_t i = 0; i < items.size(); ++i) loader.LoadItem(items[i], KeyPath("items", i));
}

}  // namespace renkei
