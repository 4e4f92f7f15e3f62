#include "render/site/site_files.h"

#include <algorithm>
#include <filesystem>
#include <functional>

#include "model/japanese_date.h"
#include "render/embedded_files.h"
#include "render/markdown.h"
#include "util/hash.h"

namespace renkei {

namespace fs = std::filesystem;

namespace {

std::string BaseUrl(const Library& lib) {
  std::string base = lib.site.base_url;
  if (!base.empty() && !base.ends_with("/")) base += '/';
  return base;
}

std::string AtomTime(const Date& d) { return FormatIsoDate(d) + "T00:00:00+09:00"; }

std::string Sitemap(const SiteBuild& b) {
  const std::string base = BaseUrl(b.lib);
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const SitePage& p : b.pages) {
    if (!p.in_sitemap) continue;
    xml += "  <url><loc>" + EscapeHtml(base + p.url_path) + "</loc>";
    if (p.date) xml += "<lastmod>" + FormatIsoDate(*p.date) + "</lastmod>";
    xml += "</url>\n";
  }
  xml += "</urlset>\n";
  return xml;
}

std::string Feed(const SiteBuild& b) {
  const Library& lib = b.lib;
  const std::string base = BaseUrl(lib);
  const std::string id_base = base.empty() ? "urn:renkei:" : base;
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">\n";
  xml += "  <title>" + EscapeHtml(lib.site.title + "｜お知らせ") + "</title>\n";
  xml += "  <id>" + EscapeHtml(id_base + "news/") + "</id>\n";
  xml += "  <link rel=\"self\" href=\"" + EscapeHtml(base + "feed.xml") + "\"/>\n";
  xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + EscapeHtml(base + "news/") +
         "\"/>\n";
  const Page& newest = lib.pages[b.facts.news.front()];
  xml += "  <updated>" + AtomTime(*newest.date) + "</updated>\n";
  xml += "  <author><name>" +
         EscapeHtml(lib.site.publisher.empty() ? lib.site.title : lib.site.publisher) +
         "</name></author>\n";
  for (int i : b.facts.news) {
    const Page& p = lib.pages[i];
    xml += "  <entry>\n";
    xml += "    <title>" + EscapeHtml(StripFurigana(p.title)) + "</title>\n";
    xml += "    <id>" + EscapeHtml(id_base + p.url_path) + "</id>\n";
    xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"" +
           EscapeHtml(base + p.url_path) + "\"/>\n";
    xml += "    <updated>" + AtomTime(*p.date) + "</updated>\n";
    if (!p.description.empty())
      xml += "    <summary>" + EscapeHtml(StripFurigana(p.description)) + "</summary>\n";
    xml += "  </entry>\n";
  }
  xml += "</feed>\n";
  return xml;
}

}  // namespace

std::string OutputPath(const SitePage& p) {
  return p.url_path.empty() || p.url_path.back() == '/' ? p.url_path + "index.html" : p.url_path;
}

bool WriteSiteFiles(const SiteBuild& b, OutputTree& out) {
  // Made of the site's settings and the pages' front matter alone (listing_key):
  // an edit to a page's text leaves them as they are.
  const auto write = [&](const char* path, const std::function<std::string()>& make) {
    const uint64_t key = Hasher().Add(b.listing_key).Add(path).key();
    return out.Reuse(path, key) || out.Write(path, make(), key);
  };
  const std::string base = BaseUrl(b.lib);
  std::string robots = "User-agent: *\nAllow: /\n";
  if (!base.empty()) {
    robots += "Sitemap: " + base + "sitemap.xml\n";
    if (!write("sitemap.xml", [&] { return Sitemap(b); })) return false;
  }
  if (!write("robots.txt", [&] { return robots; })) return false;
  return b.facts.news.empty() || write("feed.xml", [&] { return Feed(b); });
}

std::string CopyAssets(const std::string& override_dir, OutputTree& out) {
  for (const EmbeddedFile& f : EmbeddedFiles())
    if (f.path.starts_with("assets/") && !out.Write(f.path, f.bytes)) return out.error();
  if (override_dir.empty()) return "";
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(override_dir, ec), end; !ec && it != end;
       it.increment(ec))
    // Links are not followed: an asset must not publish a file from elsewhere.
    if (it->is_regular_file() && !it->is_symlink()) files.push_back(*it);
  if (ec) return "cannot read the assets directory: " + ec.message();
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    const std::string rel = fs::relative(p, override_dir).generic_string();
    if (!out.Copy(p.string(), "assets/" + rel)) return out.error();
  }
  return "";
}

}  // namespace renkei
