// content/budgets/*.yaml: budget lines, their parts (part_of) and 内数 amounts.
#include <map>

#include "load/record_list.h"
#include "util/text.h"

namespace renkei {

namespace {

const char* const kKinds[] = {"要求額", "要望額", "概算要求額", "予算額", "補正予算額", "決算額"};

bool IsKnownKind(const std::string& kind) {
  for (const char* k : kKinds)
    if (kind == k) return true;
  return false;
}

// Links parts to their parents and warns when known parts add up to more than
// the parent: a sign that an amount or a part_of is wrong.
void LinkParts(LoadContext& ctx) {
  std::vector<BudgetLine>& lines = ctx.lib.budgets;
  std::map<std::string, int> by_id;
  for (size_t i = 0; i < lines.size(); ++i) by_id.emplace(lines[i].id, static_cast<int>(i));
  for (size_t i = 0; i < lines.size(); ++i) {
    BudgetLine& line = lines[i];
    if (line.part_of.empty()) continue;
    auto it = by_id.find(line.part_of);
    if (it == by_id.end()) {
      ctx.diags.Error(line.where, "`part_of` \"" + Abbreviate(line.part_of) +
                                      "\" is not the id of any budget line");
      continue;
    }
    // Walk up to refuse cycles (a part of itself, or a ring of parts).
    int up = it->second;
    for (size_t steps = 0; up >= 0 && steps <= lines.size(); ++steps) {
      if (up == static_cast<int>(i)) {
        ctx.diags.Error(line.where, "`part_of` \"" + line.part_of + "\" makes line \"" + line.id +
                                        "\" a part of itself");
        up = -2;
        break;
      }
      const std::string& next = lines[up].part_of;
      auto nit = by_id.find(next);
      up = next.empty() || nit == by_id.end() ? -1 : nit->second;
    }
    if (up == -2) continue;
    line.parent = it->second;
    lines[it->second].parts.push_back(static_cast<int>(i));
  }
  for (const BudgetLine& parent : lines) {
    if (!parent.amount.yen) continue;
    int64_t sum = 0;
    for (int p : parent.parts)
      if (lines[p].amount.yen) sum += *lines[p].amount.yen;
    if (sum > *parent.amount.yen)
      ctx.diags.Warning(parent.where, "the known parts of \"" + parent.id + "\" add up to " +
                                          FormatYen(sum) + ", more than its own " +
                                          FormatYen(*parent.amount.yen));
  }
}

}  // namespace

void LoadBudgets(LoadContext& ctx) {
  ForEachRecord(ctx, "budgets", [&](YamlReader& r, const YAML::Node& n, const std::string& path) {
    r.WarnUnknownKeys(
        n,
        {"id", "fiscal_year", "title", "kind", "amount", "category", "part_of", "note", "source"},
        path);
    BudgetLine line;
    line.where = r.At(n);
    line.id = r.Text(n, "id", path, true);
    CheckRecordId(r, n, line.id, path);
    line.title = r.Text(n, "title", path, true);
    line.kind = NormalizeFieldText(r.Text(n, "kind", path, true));
    line.category = r.Text(n, "category", path);
    line.part_of = r.Text(n, "part_of", path);
    line.note = r.Text(n, "note", path);
    line.source = r.Text(n, "source", path);
    if (!line.kind.empty() && !IsKnownKind(line.kind))
      r.Error(n["kind"],
              "`" + path + ".kind` \"" + Abbreviate(line.kind) +
                  "\" is not known: write 要求額, 要望額, 概算要求額, 予算額, 補正予算額 "
                  "or 決算額");
    line.fiscal_year = RecordFiscalYear(r, n, path);
    const std::string amount = r.Text(n, "amount", path, true);
    if (!amount.empty()) {
      ParseResult<Amount> a = ParseAmount(amount);
      if (a.ok())
        line.amount = *a.value;
      else
        r.Error(n["amount"], "`" + path + ".amount`: " + a.error);
    }
    ctx.lib.budgets.push_back(std::move(line));
  });
  LinkParts(ctx);
}

}  // namespace renkei
