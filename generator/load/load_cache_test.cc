#include "load/load_cache.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "load/content_loader.h"
#include "serve/serve_test_util.h"
#include "util/file.h"
#include "util/file_tree.h"
#include "util/hash.h"

namespace renkei {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;
using testing::WriteFile;

/// The inputs as the build names and hashes them ("content/pages/a.md").
std::map<std::string, uint64_t> Fingerprint(const fs::path& content) {
  std::map<std::string, uint64_t> inputs{{"renkei", 1}};
  WalkTree(content.string(), [&](const TreeEntry& e) {
    if (S_ISREG(e.mode))
      HashFile((content / e.relative).string(), &inputs["content/" + e.relative]);
    return true;
  });
  return inputs;
}

/// A build's loading: takes what it can from the cache in `out`, then writes
/// its own cache there (all of its files, as OutputTree would after Reuse).
struct Loaded {
  Library lib;
  Diagnostics diags;
};
Loaded LoadWithCache(const fs::path& content, const std::map<std::string, uint64_t>& inputs,
                     const fs::path& out) {
  Loaded r;
  LoadCache cache(content.string(), inputs);
  cache.Read(out.string());
  LoadContent(content.string(), r.diags, &r.lib, &cache);
  const std::vector<LoadCache::File> files = cache.Files();
  fs::remove_all(out / kLoadCacheDir);
  for (size_t i = 0; i < files.size(); ++i) WriteFile(out / files[i].path, cache.Bytes(i));
  return r;
}

/// The pages with their bodies left out: those of pages taken over from the
/// cache are read from their files when asked for, which a file changed
/// behind the fingerprint's back refuses.
std::vector<Page> WithoutBodies(std::vector<Page> pages) {
  for (Page& p : pages) p.body_markdown = SharedText();
  return pages;
}

/// The page of `pages` read from `source` ("about.md").
const Page& PageOf(const std::vector<Page>& pages, const std::string& source) {
  for (const Page& p : pages)
    if (p.source == source) return p;
  FAIL("no page " << source);
  return pages.front();
}

struct Fixture {
  TempDir tmp;
  fs::path content = tmp.path / "content", out = tmp.path / "out";
  Fixture() {
    fs::copy(RENKEI_SOURCE_DIR "/content", content, fs::copy_options::recursive);
    fs::create_directories(out);
  }
  void Append(const std::string& file, const std::string& text) {
    std::ofstream(content / file, std::ios::app) << text;
  }
};

TEST_CASE("what did not change is taken from the cache", "[load_cache]") {
  Fixture f;
  auto inputs = Fingerprint(f.content);
  const Loaded first = LoadWithCache(f.content, inputs, f.out);
  REQUIRE(!first.lib.pages.empty());
  const Loaded again = LoadWithCache(f.content, inputs, f.out);
  // Taken over, the bodies are read when asked for: the same text.
  CHECK(PageOf(again.lib.pages, "about.md").body_markdown.deferred());
  CHECK(again.lib.pages == first.lib.pages);
  CHECK_FALSE(PageOf(again.lib.pages, "about.md").body_markdown.deferred());
  CHECK(again.lib.budgets == first.lib.budgets);
  CHECK(again.lib.statuses == first.lib.statuses);
  CHECK(again.diags.all() == first.diags.all());

  // Files changed behind the fingerprint's back: the hashes say they did
  // not, so both come from the cache, which shows that it was used...
  f.Append("pages/about.md", "\nappended\n");
  f.Append("budgets/" + fs::directory_iterator(f.content / "budgets")->path().filename().string(),
           "\n# appended\n");
  const Loaded stale = LoadWithCache(f.content, inputs, f.out);
  CHECK(WithoutBodies(stale.lib.pages) == WithoutBodies(first.lib.pages));
  CHECK(stale.lib.budgets == first.lib.budgets);
  // ...but the page's body, read from its file, is not what was fingerprinted:
  // refused, never shown under the old page's key.
  CHECK_THROWS_WITH(PageOf(stale.lib.pages, "about.md").body_markdown.view(),
                    Catch::Contains("about.md changed while renkei was building: build again"));

  // With their new hashes, the page is loaded anew, and so are the records.
  inputs = Fingerprint(f.content);
  const Loaded fresh = LoadWithCache(f.content, inputs, f.out);
  Library direct;
  Diagnostics direct_diags;
  LoadContent(f.content.string(), direct_diags, &direct);
  CHECK(fresh.lib.pages == direct.pages);
  CHECK(fresh.lib.pages != first.lib.pages);
  CHECK(fresh.lib.statuses == direct.statuses);
  CHECK(fresh.diags.all() == direct_diags.all());
}

TEST_CASE("a body read from its file later is the one first loaded, whatever its encoding",
          "[load_cache]") {
  Fixture f;
  // A byte order mark and CRLF line ends, and Shift_JIS with CRLF: the body's
  // place is counted in the decoded text, which reading again decodes alike.
  WriteFile(f.content / "pages/bom.md",
            "\xEF\xBB\xBF---\r\ntitle: BOM\r\n---\r\n在宅医療の相談窓口\r\n");
  WriteFile(f.content / "pages/sjis.md",
            "---\r\ntitle: SJIS\r\n---\r\n\x8d\xdd\x91\xee\x88\xe3\x97\xc3\r\n");  // 在宅医療
  const auto inputs = Fingerprint(f.content);
  const Loaded first = LoadWithCache(f.content, inputs, f.out);
  const Loaded again = LoadWithCache(f.content, inputs, f.out);
  for (const char* source : {"bom.md", "sjis.md"}) {
    INFO(source);
    const Page& page = PageOf(again.lib.pages, source);
    CHECK(page.body_markdown.deferred());
    CHECK(page.body_markdown == PageOf(first.lib.pages, source).body_markdown);
  }
  CHECK(PageOf(again.lib.pages, "sjis.md").body_markdown.view() == "在宅医療\n");
}

TEST_CASE("pamphlets come from the cache until what they were made from changes", "[load_cache]") {
  Fixture f;
  auto inputs = Fingerprint(f.content);
  const Loaded first = LoadWithCache(f.content, inputs, f.out);
  REQUIRE(!first.lib.pamphlets.empty());
  const auto same_pamphlets = [](const Library& a, const Library& b) {
    if (a.pamphlets.size() != b.pamphlets.size()) return false;
    for (size_t i = 0; i < a.pamphlets.size(); ++i)
      if (a.pamphlets[i].id != b.pamphlets[i].id ||
          a.pamphlets[i].blocks.size() != b.pamphlets[i].blocks.size())
        return false;
    return true;
  };
  // A pamphlet file changed behind the fingerprint's back: the cache answers.
  f.Append("pamphlets/soudan-notice.yaml", "\n- id: [broken\n");
  const Loaded again = LoadWithCache(f.content, inputs, f.out);
  CHECK(same_pamphlets(again.lib, first.lib));
  CHECK(again.diags.all() == first.diags.all());
  // With its new hash, it is read again (and its error shows).
  inputs = Fingerprint(f.content);
  const Loaded broken = LoadWithCache(f.content, inputs, f.out);
  CHECK(broken.diags.has_errors());
  // An edit of a page no pamphlet quotes a section of: taken over.
  WriteFile(f.content / "pamphlets/soudan-notice.yaml", "");
  fs::remove(f.content / "pamphlets/soudan-notice.yaml");
  inputs = Fingerprint(f.content);
  const Loaded one = LoadWithCache(f.content, inputs, f.out);
  REQUIRE(!one.diags.has_errors());
  f.Append("pages/about.md", "\nappended\n");
  inputs = Fingerprint(f.content);
  const Loaded taken = LoadWithCache(f.content, inputs, f.out);
  CHECK(taken.diags.all() == one.diags.all());
  // The quoted section's heading gone from its page: read again, and the
  // pamphlet's section is reported.
  std::string page;
  REQUIRE(ReadFile((f.content / "pages/zaitaku-iryo.md").string(), &page));
  const std::string heading = "多くの方が自宅での療養を望んでいます";
  WriteFile(f.content / "pages/zaitaku-iryo.md",
            page.replace(page.find(heading), heading.size(), "自宅での療養"));
  inputs = Fingerprint(f.content);
  const Loaded quoted = LoadWithCache(f.content, inputs, f.out);
  CHECK(quoted.diags.has_errors());
  bool section_error = false;
  for (const Diagnostic& d : quoted.diags.all())
    section_error =
        section_error || d.message.find("is not a heading of the page") != std::string::npos;
  CHECK(section_error);
}

TEST_CASE("a page's messages come back with it", "[load_cache]") {
  Fixture f;
  WriteFile(f.content / "pages/bad.md", "---\ntitle: t\ndate: 2026-02-30\n---\nbody\n");
  const auto inputs = Fingerprint(f.content);
  const Loaded first = LoadWithCache(f.content, inputs, f.out);
  REQUIRE(first.diags.has_errors());
  f.Append("pages/bad.md", "more\n");  // unseen: the cache answers
  const Loaded again = LoadWithCache(f.content, inputs, f.out);
  CHECK(again.diags.all() == first.diags.all());
  CHECK(WithoutBodies(again.lib.pages) == WithoutBodies(first.lib.pages));
}

TEST_CASE("another binary or content folder takes nothing over", "[load_cache]") {
  Fixture f;
  auto inputs = Fingerprint(f.content);
  const Loaded first = LoadWithCache(f.content, inputs, f.out);
  f.Append("pages/about.md", "\nappended\n");
  inputs["renkei"] = 2;  // a new binary: the old hashes no longer count
  const Loaded other = LoadWithCache(f.content, inputs, f.out);
  // Compared by their bodies' keys: the first load's bodies were in the file
  // before it changed (reading them now throws).
  CHECK(WithoutBodies(other.lib.pages) != WithoutBodies(first.lib.pages));
  // A damaged cache is ignored too.
  for (const auto& e : fs::directory_iterator(f.out / kLoadCacheDir)) WriteFile(e.path(), "junk");
  const Loaded junk = LoadWithCache(f.content, inputs, f.out);
  CHECK(junk.lib.pages == other.lib.pages);
  CHECK(junk.lib.statuses == first.lib.statuses);
}

TEST_CASE("a page file cut short takes none of its pages over", "[load_cache]") {
  Fixture f;
  const auto inputs = Fingerprint(f.content);
  LoadWithCache(f.content, inputs, f.out);
  f.Append("pages/about.md", "\nappended\n");  // unseen: only the cache could hide it
  // Cut where the index still reads but points past the end (a full disk, a
  // killed copy): the pages are loaded again, not read from beyond the file.
  for (const auto& e : fs::directory_iterator(f.out / kLoadCacheDir)) {
    if (!e.path().filename().string().starts_with("pages-")) continue;
    std::string bytes;
    REQUIRE(ReadFile(e.path().string(), &bytes));
    WriteFile(e.path(), bytes.substr(0, bytes.size() * 3 / 5));
  }
  const Loaded cut = LoadWithCache(f.content, inputs, f.out);
  Library direct;
  Diagnostics direct_diags;
  LoadContent(f.content.string(), direct_diags, &direct);
  CHECK(cut.lib.pages == direct.pages);
  CHECK(cut.diags.all() == direct_diags.all());
}

}  // namespace
}  // namespace renkei
