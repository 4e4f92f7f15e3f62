// content/site.yaml: the site's identity, contact desk, taxonomies and report settings.
#include "load/loaders.h"
#include "model/fiscal_year.h"
#include "model/municipality_code.h"
#include "model/prefecture.h"
#include "util/slug.h"
#include "util/text.h"

namespace renkei {

namespace {

void LoadContact(YamlReader& r, const YAML::Node& doc, Contact* c) {
  const YAML::Node n = doc["contact"];
  if (!n || n.IsNull() || !r.ExpectMap(n, "contact")) return;
  r.WarnUnknownKeys(n, {"name", "department", "phone", "fax", "email", "address", "hours", "url"},
                    "contact");
  c->name = r.Text(n, "name", "contact");
  c->department = r.Text(n, "department", "contact");
  c->phone = r.Text(n, "phone", "contact");
  c->fax = r.Text(n, "fax", "contact");
  c->email = r.Text(n, "email", "contact");
  c->address = r.Text(n, "address", "contact");
  c->hours = r.Text(n, "hours", "contact");
  c->url = r.Text(n, "url", "contact");
}

void LoadTaxonomies(YamlReader& r, const YAML::Node& doc, std::vector<Taxonomy>* out) {
  const YAML::Node list = doc["taxonomies"];
  if (!list || !r.ExpectSequence(list, "taxonomies")) return;
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string path = KeyPath("taxonomies", i);
    if (!r.ExpectMap(list[i], path)) continue;
    Taxonomy t{r.Text(list[i], "id", path, true), r.Text(list[i], "label", path, true)};
    if (!t.id.empty() && !IsSlug(t.id, /*allow_underscore=*/true))
      r.Error(list[i]["id"], "`" + path + ".id` \"" + Abbreviate(t.id) +
                                 "\" may only use a-z, 0-9, - and _ (e.g. lead_body)");
    out->push_back(std::move(t));
  }
}

void LoadReport(YamlReader& r, const YAML::Node& doc, ReportSettings* report) {
  const YAML::Node n = doc["report"];
  if (!n || n.IsNull() || !r.ExpectMap(n, "report")) return;
  r.WarnUnknownKeys(n, {"years", "as_of", "source", "notes"}, "report");
  const YAML::Node years = n["years"];
  if (years && r.ExpectSequence(years, "report.years")) {
    for (size_t i = 0; i < years.size(); ++i) {
      if (!years[i].IsScalar()) {
        r.Error(years[i], "`" + KeyPath("report.years", i) + "` must be a fiscal year");
        continue;
      }
      ParseResult<int> fy = ParseFiscalYear(years[i].Scalar());
      if (!fy.ok()) {
        r.Error(years[i], "`" + KeyPath("report.years", i) + "`: " + fy.error);
      } else if (!report->years.empty() && *fy.value <= report->years.back()) {
        r.Error(years[i],
                "`report.years` must be in ascending order: " + std::to_string(*fy.value) +
                    " comes after " + std::to_string(report->years.back()));
      } else {
        report->years.push_back(*fy.value);
      }
    }
  }
  report->as_of = r.Text(n, "as_of", "report");
  report->source = r.Text(n, "source", "report");
  report->notes = r.TextList(n, "notes", "report");
}

// `lint:` (docs/lint.md). Check ids are validated by the lint stage, which knows them.
void LoadLint(YamlReader& r, const YAML::Node& doc, LintSettings* lint) {
  const YAML::Node n = doc["lint"];
  if (!n || n.IsNull() || !r.ExpectMap(n, "lint")) return;
  lint->where = r.At(n);
  r.WarnUnknownKeys(n, {"disable", "allow", "ignore", "max_sentence_chars", "max_kanji_run"},
                    "lint");
  lint->disable = r.TextList(n, "disable", "lint");
  lint->allow = r.TextList(n, "allow", "lint");
  const YAML::Node ignore = n["ignore"];
  if (ignore && !ignore.IsNull() && r.ExpectMap(ignore, "lint.ignore")) {
    for (const auto& kv : ignore) {
      if (!kv.first.IsScalar()) continue;
      const std::string& file = kv.first.Scalar();
      lint->ignore[file] = r.TextList(ignore, file.c_str(), "lint.ignore");
    }
  }
  auto positive = [&](const char* key, int* out) {
    std::optional<long long> v = r.Integer(n, key, "lint");
    if (!v) return;
    if (*v < 1 || *v > 10000)
      r.Error(n[key], std::string("`lint.") + key + "` must be a number from 1 to 10000");
    else
      *out = static_cast<int>(*v);
  };
  positive("max_sentence_chars", &lint->max_sentence_chars);
  positive("max_kanji_run", &lint->max_kanji_run);
}

// Where the text fields are, so that the text checks can point at them.
void RememberTextPlaces(YamlReader& r, const YAML::Node& doc,
                        std::map<std::string, Location>* out) {
  auto remember = [&](const YAML::Node& map, const std::string& base, const char* key) {
    if (!map || !map.IsMap() || !map[key]) return;
    const std::string path = KeyPath(base, key);
    const YAML::Node n = map[key];
    (*out)[path] = r.At(n);
    if (n.IsSequence())
      for (size_t i = 0; i < n.size(); ++i) (*out)[KeyPath(path, i)] = r.At(n[i]);
  };
  for (const char* key : {"title", "publisher", "description"}) remember(doc, "", key);
  for (const char* key : {"name", "department", "address", "hours"})
    remember(doc["contact"], "contact", key);
  for (const char* key : {"as_of", "source", "notes"}) remember(doc["report"], "report", key);
}

}  // namespace

void LoadSite(LoadContext& ctx) {
  const std::string rel = "site.yaml";
  YamlReader r(ctx.DisplayPath(rel), ctx.diags);
  Site& site = ctx.lib.site;
  site.where = {r.path(), 1, 1};
  if (!ContentExists(ctx, rel)) {
    ctx.diags.Error({r.path(), 0, 0},
                    "site.yaml is missing: every content directory needs one with `title`, "
                    "`publisher` and `base_url`");
    return;
  }
  YAML::Node doc;
  if (!ReadYamlFile(ctx, rel, r, &doc)) return;
  if (!r.ExpectMap(doc, "site.yaml")) return;
  r.WarnUnknownKeys(
      doc,
      {"title", "publisher", "base_url", "description", "prefecture", "municipality_code",
       "contact", "taxonomies", "report", "language", "lint", "list_page_size"},
      "");
  site.title = r.Text(doc, "title", "", true);
  site.publisher = r.Text(doc, "publisher", "", true);
  site.base_url = r.Text(doc, "base_url", "", true);
  site.description = r.Text(doc, "description", "");
  if (std::optional<long long> size = r.Integer(doc, "list_page_size", "")) {
    if (*size < 1 || *size > 1000)
      r.Error(doc["list_page_size"], "`list_page_size` " + std::to_string(*size) +
                                         " must be from 1 to 1000 (the entries on each page "
                                         "of the news and tag lists)");
    else
      site.list_page_size = static_cast<int>(*size);
  }
  if (!site.base_url.empty() && site.base_url.rfind("https://", 0) != 0 &&
      site.base_url.rfind("http://", 0) != 0)
    r.Error(doc["base_url"],
            "`base_url` \"" + Abbreviate(site.base_url) +
                "\" must start with https:// (e.g. https://www.city.example.jp/renkei/)");
  if (!site.base_url.empty() && site.base_url.back() != '/') site.base_url += '/';

  site.prefecture = r.Text(doc, "prefecture", "");
  if (!site.prefecture.empty()) {
    site.prefecture_code = PrefectureCodeByName(site.prefecture);
    if (site.prefecture_code == 0)
      r.Error(doc["prefecture"], "`prefecture` \"" + Abbreviate(site.prefecture) +
                                     "\" is not a prefecture name (e.g. 東京都, 岡山県)");
  }
  const std::string code = r.Text(doc, "municipality_code", "");
  if (!code.empty()) {
    ParseResult<std::string> parsed = ParseMunicipalityCode(code);
    if (parsed.ok()) {
      site.municipality_code = *parsed.value;
      if (site.prefecture_code == 0) site.prefecture_code = PrefectureOf(site.municipality_code);
    } else {
      r.Error(doc["municipality_code"], "`municipality_code`: " + parsed.error);
    }
  }
  LoadContact(r, doc, &site.contact);
  LoadTaxonomies(r, doc, &site.taxonomies);
  LoadReport(r, doc, &site.report);
  LoadLint(r, doc, &site.lint);
  RememberTextPlaces(r, doc, &site.text_where);
}

}  // namespace renkei
