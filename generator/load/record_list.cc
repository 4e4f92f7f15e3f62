#include "load/record_list.h"

#include <map>

#include "util/slug.h"
#include "util/text.h"

namespace renkei {

bool CheckRecordId(YamlReader& r, const YAML::Node& record, const std::string& id,
                   const std::string& key_path) {
  if (id.empty()) return false;
  if (IsSlug(id, /*allow_underscore=*/true)) return true;
  r.Error(record["id"],
          "`" + key_path + ".id` \"" + Abbreviate(id) +
              "\" may only use a-z, 0-9, - and _ (it becomes part of page addresses)");
  return false;
}

void ForEachRecord(
    LoadContext& ctx, const std::string& folder,
    const std::function<void(YamlReader&, const YAML::Node&, const std::string&)>& load) {
  std::map<std::string, Location> ids;
  for (const std::string& rel : ListContentFiles(ctx, folder, ".yaml", false)) {
    YamlReader r(ctx.DisplayPath(rel), ctx.diags);
    YAML::Node doc;
    if (!ReadYamlFile(ctx, rel, r, &doc)) continue;
    if (doc.IsNull()) continue;  // an empty file holds no records
    if (!doc.IsSequence()) {
      r.Error(doc, "the file must be a list of records, each starting with `- id: ...`");
      continue;
    }
    for (size_t i = 0; i < doc.size(); ++i) {
      const std::string path = KeyPath(folder, i);
      const YAML::Node record = doc[i];
      if (!r.ExpectMap(record, path)) continue;
      const YAML::Node id = record["id"];
      if (id && id.IsScalar()) {
        auto [it, inserted] = ids.emplace(id.Scalar(), r.At(id));
        if (!inserted) {
          r.Error(id, "id \"" + Abbreviate(id.Scalar()) + "\" is used twice (also at " +
                          it->second.path + ":" + std::to_string(it->second.line) + ")");
          continue;
        }
      }
      load(r, record, path);
    }
  }
}

}  // namespace renkei

#include "model/fiscal_year.h"

namespace renkei {

int RecordFiscalYear(YamlReader& r, const YAML::Node& record, const std::string& key_path) {
  const std::string text = r.Text(record, "fiscal_year", key_path, true);
  if (text.empty()) return 0;
  const std::string where = "`" + KeyPath(key_path, "fiscal_year") + "`: ";
  ParseResult<int> fy = ParseFiscalYear(text);
  if (!fy.ok()) {
    r.Error(record["fiscal_year"], where + fy.error);
    return 0;
  }
  if (!fy.warning.empty()) r.Warning(record["fiscal_year"], where + fy.warning);
  return *fy.value;
}

}  // namespace renkei
