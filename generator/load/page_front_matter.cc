#include "load/page_front_matter.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/plain_yaml.h"
#include "load/yaml_reader.h"
#include "model/japanese_date.h"
#include "util/slug.h"
#include "util/text.h"

namespace renkei {

namespace {

/// Reports a problem with the front matter's key `key` ("" for the file as a
/// whole): each reading of the front matter says where in its own way.
using Problem = std::function<void(std::string_view key, const std::string& message)>;

// The page's output directory: the folders of its source path (each must be a
// slug), then its slug; index.md stands for its folder itself.
bool ComputeUrlPath(Page& page, const std::string& stem, const Problem& problem) {
  const std::string rel = page.source;
  std::string dir = rel.substr(0, rel.rfind('/') == std::string::npos ? 0 : rel.rfind('/') + 1);
  for (const std::string& part : Split(dir, '/')) {
    if (part.empty()) continue;
    if (!IsSlug(part)) {
      problem("", "folder name \"" + Abbreviate(part) +
                      "\" cannot be part of a web address: use a-z, 0-9 and - only");
      return false;
    }
  }
  if (!page.slug.empty()) {
    if (!IsSlug(page.slug)) {
      problem("slug", "`slug` \"" + Abbreviate(page.slug) +
                          "\" may only use a-z, 0-9 and - (e.g. zaitaku-iryo)");
      return false;
    }
  } else if (stem == "index") {
    page.url_path = dir;
    return true;
  } else if (IsSlug(stem)) {
    page.slug = stem;
  } else {
    problem("", "the file name \"" + Abbreviate(stem) +
                    "\" cannot be a web address: add `slug:` (a-z, 0-9, -) to the front matter");
    return false;
  }
  page.url_path = dir + page.slug + "/";
  return true;
}

/// The front matter keys a page reads itself; the others are passed to
/// templates (Page::params).
bool IsPageKey(std::string_view key) {
  static constexpr std::string_view kKeys[] = {"title", "slug",  "order", "description",
                                               "date",  "draft", "tags"};
  return std::find(std::begin(kKeys), std::end(kKeys), key) != std::end(kKeys);
}

void KeepParams(YamlReader& r, const YAML::Node& doc, Page& page) {
  for (const auto& kv : doc) {
    if (!kv.first.IsScalar()) continue;
    const std::string& key = kv.first.Scalar();
    if (IsPageKey(key)) continue;
    PageParam p;
    if (kv.second.IsScalar()) {
      p.scalar = kv.second.Scalar();
    } else if (kv.second.IsSequence()) {
      p.is_list = true;
      p.list = r.TextList(doc, key.c_str(), "");
    } else if (!kv.second.IsNull()) {
      r.Warning(kv.first, "front matter key `" + Abbreviate(key) +
                              "` holds a mapping; only texts and lists are passed to templates");
      continue;
    }
    page.params.emplace(key, std::move(p));
  }
}

/// A new page of file `rel`, as both readings of its front matter start it.
Page StartPage(const std::string& rel, const std::string& display) {
  Page page;
  page.source = rel.substr(std::string("pages/").size());
  page.where = {display, 1, 1};
  return page;
}

/// The page's `date` field, when it has one.
void SetDate(Page& page, std::string_view date, const Problem& problem) {
  if (date.empty()) return;
  ParseResult<Date> d = ParseIsoDate(NormalizeFieldText(std::string(date)));
  if (d.ok())
    page.date = *d.value;
  else
    problem("date", "`date`: " + d.error);
}

/// What both readings do once the fields are read: the page's lines and its
/// address. nullopt when it has no address or is a draft.
std::optional<Page> FinishPage(Page page, const std::string& rel, const FrontMatterSplit& split,
                               const Problem& problem) {
  page.body_line = split.body_line;
  page.front_matter_line = split.yaml_line;
  const std::string file = rel.substr(rel.rfind('/') + 1);
  if (!ComputeUrlPath(page, file.substr(0, file.size() - 3), problem)) return std::nullopt;
  if (page.draft) return std::nullopt;  // drafts are checked but not published
  return page;
}

// Builds the page from yaml-cpp's reading of its front matter (the body is
// added by the caller), whose node marks place every problem at its line and
// column; nullopt when it is unusable or a draft.
std::optional<Page> PageFromYaml(const std::string& rel, const std::string& display,
                                 const FrontMatterSplit& split, Diagnostics& diags) {
  YamlReader r(display, diags);
  r.set_line_offset(split.yaml_line - 1);
  auto parsed = r.Parse(std::string(split.yaml));
  if (!parsed) return std::nullopt;
  const YAML::Node& doc = *parsed;
  if (!r.ExpectMap(doc, "front matter")) return std::nullopt;
  const Problem problem = [&](std::string_view key, const std::string& message) {
    if (key.empty())
      r.diags().Error({r.path(), 1, 1}, message);
    else
      r.Error(doc[std::string(key)], message);
  };
  Page page = StartPage(rel, display);
  page.title = r.Text(doc, "title", "", true);
  if (page.title.empty() && doc["title"]) r.Error(doc["title"], "`title` is empty");
  page.slug = NormalizeFieldText(r.Text(doc, "slug", ""));
  page.description = r.Text(doc, "description", "");
  page.order = static_cast<int>(r.Integer(doc, "order", "").value_or(0));
  page.draft = r.Boolean(doc, "draft", "", false);
  page.tags = r.TextList(doc, "tags", "");
  SetDate(page, r.Text(doc, "date", ""), problem);
  KeepParams(r, doc, page);
  return FinishPage(std::move(page), rel, split, problem);
}

/// Copies of `views`, which borrow from the file's text.
std::vector<std::string> Strings(const std::vector<std::string_view>& views) {
  return {views.begin(), views.end()};
}

/// Builds the page from front matter ParsePlainMapping read, into `page`,
/// when there is nothing to report; false otherwise, and then yaml-cpp reads
/// it again to place every message. (`order` and `draft` are left to yaml-cpp
/// too: they need its readings of a number and of a yes or no.)
bool PageFromPlain(const std::string& rel, const std::string& display,
                   const FrontMatterSplit& split, const PlainMapping& doc,
                   std::optional<Page>* page) {
  Page p = StartPage(rel, display);
  std::string_view date;
  for (const PlainEntry& e : doc) {
    if (!IsPageKey(e.key)) {
      p.params.emplace(std::string(e.key), e.is_list ? PageParam{{}, Strings(e.items), true}
                                                     : PageParam{std::string(e.text), {}, false});
    } else if (e.key == "tags") {
      p.tags = e.is_list ? Strings(e.items) : std::vector<std::string>{std::string(e.text)};
    } else if (e.is_list || e.key == "order" || e.key == "draft") {
      return false;
    } else if (e.key == "title") {
      p.title = e.text;
    } else if (e.key == "slug") {
      p.slug = NormalizeFieldText(std::string(e.text));
    } else if (e.key == "description") {
      p.description = e.text;
    } else if (e.key == "date") {
      date = e.text;
    }
  }
  if (p.title.empty()) return false;  // missing: an error
  bool ok = true;
  const Problem problem = [&ok](std::string_view, const std::string&) { ok = false; };
  SetDate(p, date, problem);
  *page = FinishPage(std::move(p), rel, split, problem);
  return ok;
}

}  // namespace

std::optional<Page> PageFromFrontMatter(const std::string& rel, const std::string& display,
                                        const FrontMatterSplit& split, Diagnostics& diags,
                                        FrontMatterReading reading) {
  // Most front matter is plain `key: value` lines, read without yaml-cpp (whose
  // node tree was 3% of a pages build). A page with anything to report is read
  // again by yaml-cpp, so that every message has its exact place: the fast
  // path changes nothing but the time.
  std::optional<Page> page;
  if (reading == FrontMatterReading::kPlainFirst) {
    const auto plain = ParsePlainMapping(split.yaml);
    if (plain && PageFromPlain(rel, display, split, *plain, &page)) return page;
  }
  return PageFromYaml(rel, display, split, diags);
}

}  // namespace renkei
