#include <cstdint>
#include <cstdio>

#include "model/japanese_date.h"
#include "render/markdown.h"
#include "render/site/site_build.h"

namespace renkei {

SitePage NewPage(std::string url_path, std::string title, std::string description,
                 std::string template_name, std::string section) {
  SitePage p;
  p.url_path = std::move(url_path);
  p.title = std::move(title);
  p.description = std::move(description);
  p.template_name = std::move(template_name);
  p.section = std::move(section);
  return p;
}

std::string PageEnv::Href(std::string_view url_path) const {
  std::string href = root;
  href += url_path;
  if (url_path.empty() || url_path.back() == '/') href += "index.html";
  return href;
}

std::string PageRoot(const SiteBuild& b, const SitePage& p) {
  if (p.template_name == "404") return b.lib.site.base_url;
  std::string root;
  for (const char c : p.url_path)
    if (c == '/') root += "../";
  return root;
}

std::string SiteFacts::TagPath(const std::string& tag) const {
  // FNV-1a: a short, stable folder name for a Japanese tag (slugs are a-z0-9-).
  uint32_t h = 2166136261u;
  for (unsigned char c : tag) h = (h ^ c) * 16777619u;
  char buf[16];
  std::snprintf(buf, sizeof buf, "t-%08x", h);
  return "tags/" + std::string(buf) + "/";
}

data PageLink(const PageEnv& env, const Page& page) {
  data d = Obj();
  d.set("title", StripFurigana(page.title));
  d.set("href", env.Href(page.url_path));
  if (!page.description.empty()) d.set("summary", StripFurigana(page.description));
  if (page.date) {
    d.set("date_iso", FormatIsoDate(*page.date));
    d.set("date_ja", FormatJapaneseDate(*page.date));
  }
  return d;
}

std::string ItemTitle(const Item& item) { return "（" + item.marker + "）" + item.label; }

std::string ItemPath(const Item& item) { return "items/" + item.id + "/"; }

data ItemLinks(const PageEnv& env, const Library& lib) {
  data items = List();
  for (const Item& item : lib.items) {
    data d = Obj();
    d.set("marker", item.marker);
    d.set("label", item.label);
    d.set("purpose", item.purpose);
    d.set("href", env.Href(ItemPath(item)));
    items.push_back(d);
  }
  return items;
}

}  // namespace renkei
