#include "render/site/site_files.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>

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

// The sitemap protocol allows 50,000 addresses in one file: a larger site has
// sitemap-1.xml, sitemap-2.xml... and sitemap.xml is their index.
constexpr size_t kSitemapUrls = 50000;

std::vector<const SitePage*> SitemapPages(const SiteBuild& b) {
  std::vector<const SitePage*> pages;
  for (const SitePage& p : b.pages)
    if (p.in_sitemap) pages.push_back(&p);
  return pages;
}

/// The sitemap of pages[begin, end).
std::string Sitemap(const SiteBuild& b, const std::vector<const SitePage*>& pages, size_t begin,
                    size_t end) {
  const std::string base = BaseUrl(b.lib);
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (size_t i = begin; i < end; ++i) {
    const SitePage& p = *pages[i];
    xml += "  <url><loc>" + EscapeHtml(base + p.url_path) + "</loc>";
    if (p.date) xml += "<lastmod>" + FormatIsoDate(*p.date) + "</lastmod>";
    xml += "</url>\n";
  }
  xml += "</urlset>\n";
  return xml;
}

std::string SitemapPart(size_t part) { return "sitemap-" + std::to_string(part + 1) + ".xml"; }

std::string SitemapIndex(const SiteBuild& b, size_t parts) {
  const std::string base = BaseUrl(b.lib);
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (size_t part = 0; part < parts; ++part)
    xml += "  <sitemap><loc>" + EscapeHtml(base + SitemapPart(part)) + "</loc></sitemap>\n";
  xml += "</sitemapindex>\n";
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
  // The newest entries only: a feed reader fetches the whole file each time
  // it looks, and a national site has thousands of news pages (the news list
  // and sitemap.xml have them all).
  const size_t entries = std::min(b.facts.news.size(), kFeedEntries);
  for (size_t n = 0; n < entries; ++n) {
    const Page& p = lib.pages[b.facts.news[n]];
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
    const std::vector<const SitePage*> pages = SitemapPages(b);
    if (pages.size() <= kSitemapUrls) {
      if (!write("sitemap.xml", [&] { return Sitemap(b, pages, 0, pages.size()); })) return false;
    } else {
      const size_t parts = (pages.size() + kSitemapUrls - 1) / kSitemapUrls;
      if (!write("sitemap.xml", [&] { return SitemapIndex(b, parts); })) return false;
      for (size_t part = 0; part < parts; ++part) {
        const size_t begin = part * kSitemapUrls;
        const size_t end = std::min(begin + kSitemapUrls, pages.size());
        if (!write(SitemapPart(part).c_str(), [&] { return Sitemap(b, pages, begin, end); }))
          return false;
      }
    }
  }
  if (!write("robots.txt", [&] { return robots; })) return false;
  return b.facts.news.empty() || write("feed.xml", [&] { return Feed(b); });
}

std::string CopyAssets(const std::string& override_dir, uint64_t render_key, OutputTree& out) {
  std::error_code ec;
  std::map<std::string, fs::path> own;  // the assets directory's files by output path
  if (!override_dir.empty()) {
    for (fs::recursive_directory_iterator it(override_dir, ec), end; !ec && it != end;
         it.increment(ec))
      // Links are not followed: an asset must not publish a file from elsewhere.
      if (it->is_regular_file() && !it->is_symlink())
        own["assets/" + fs::relative(it->path(), override_dir).generic_string()] = it->path();
    if (ec) return "cannot read the assets directory: " + ec.message();
  }
  // Each asset is what renkei ships or a file of the assets directory: both
  // are in the render key (the binary's id, every file's hash).
  const auto key = [render_key](std::string_view path) {
    return Hasher().Add(render_key).Add(path).key();
  };
  for (const EmbeddedFile& f : EmbeddedFiles()) {
    if (!f.path.starts_with("assets/") || own.count(std::string(f.path))) continue;
    if (!out.Reuse(f.path, key(f.path)) && !out.Write(f.path, f.bytes, key(f.path)))
      return out.error();
  }
  for (const auto& [path, file] : own)
    if (!out.Reuse(path, key(path)) && !out.Copy(file.string(), path, key(path)))
      return out.error();
  return "";
}

}  // namespace renkei
