#include "render/site/search_index.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <unordered_map>

#include "render/site/search_doc_cache.h"
#include "render/site/search_patch.h"

using namespace renkei;

TEST_CASE("search: shards are stable and within range") {
  const auto grams = SearchGrams("在宅");
  for (SearchGram g : grams) {
    CHECK(GramShard(g, 1) == 0);
    CHECK(GramShard(g, 7) < 7);
  }
  // 在 = U+5728, 宅 = U+5B85: (0x5728 * 31 + 0x5B85) % 100 — search.js computes the same.
  CHECK(GramShard(SearchGram{0x5728} << 21 | 0x5B85, 100) == (0x5728 * 31 + 0x5B85) % 100);
  CHECK(GramText(SearchGram{0x5728} << 21 | 0x5B85) == "在宅");
}

TEST_CASE("search: a gram's entry lists its documents as gaps in base 36") {
  std::string out = ShardHead(0);
  AppendShardEntry(out, SearchGram{U'在'} << 21, {0, 35, 71, 71 + 1296, 4294967295u});
  AppendShardEntry(out, SearchGram{U'宅'} << 21, {7});
  CHECK(out == "renkeiSearch.shard(0,{\"在\":\"0,z,10,100,1z140x4\",\n\"宅\":\"7\"");
}

TEST_CASE("search index: pages set out of order are written in page order") {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::temp_directory_path() / ("renkei-search-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const SearchGram a = SearchGram{U'在'} << 21, b = SearchGram{U'宅'} << 21;
  {
    OutputTree out((dir / "site").string());
    SearchIndex index(4);
    index.Set(3, {"d/index.html", "D", "", NumberGrams({b})});  // a thread finished page 3 first
    index.Set(2, {"c/index.html", "C", "", NumberGrams({a})});
    index.Set(0, {"a/index.html", "A", "", NumberGrams({a, b})});
    // Page 1 is not indexed and never set (as when it failed to render).
    REQUIRE(index.Write(out));
    REQUIRE(out.Commit());
  }
  std::ifstream in(dir / "site" / "search" / "index-0.js");
  const std::string js((std::istreambuf_iterator<char>(in)), {});
  // Documents 0, 1, 2 are pages 0, 2, 3; postings are gaps between document numbers.
  CHECK(js == "renkeiSearch.shard(0,{\"在\":\"0,1\",\n\"宅\":\"0,2\"});\n");
  fs::remove_all(dir);
}

TEST_CASE("search patch: a shard file with documents added to and removed from its grams") {
  const SearchGram zai = SearchGram{U'在'} << 21, taku = SearchGram{U'宅'} << 21,
                   i = SearchGram{U'医'} << 21;
  const std::string before = "renkeiSearch.shard(0,{\"在\":\"0,1\",\n\"宅\":\"0,2\"});\n";
  std::string after;
  // 医 (U+533B) comes before 在 (U+5728): a new gram goes where the gram order puts it.
  REQUIRE(PatchShard(0, before, {{taku, 1, true}, {zai, 0, false}, {i, 2, true}}, &after));
  CHECK(after == "renkeiSearch.shard(0,{\"医\":\"2\",\n\"在\":\"1\",\n\"宅\":\"0,1,1\"});\n");
  // A gram no document has any more is gone.
  REQUIRE(PatchShard(0, before, {{zai, 0, false}, {zai, 1, false}}, &after));
  CHECK(after == "renkeiSearch.shard(0,{\"宅\":\"0,2\"});\n");
  REQUIRE(PatchShard(0, "renkeiSearch.shard(0,{});\n", {{i, 3, true}}, &after));
  CHECK(after == "renkeiSearch.shard(0,{\"医\":\"3\"});\n");
  // Changes that disagree with the file, or a file that is not one, are refused.
  CHECK_FALSE(PatchShard(0, before, {{zai, 1, true}}, &after));    // has it already
  CHECK_FALSE(PatchShard(0, before, {{taku, 1, false}}, &after));  // has it not
  CHECK_FALSE(PatchShard(1, before, {}, &after));                  // another shard's head
  CHECK_FALSE(PatchShard(0, before.substr(0, before.size() - 5), {}, &after));
  CHECK_FALSE(PatchShard(0, "renkeiSearch.shard(0,{\"宅\":\"0\",\n\"在\":\"0\"});\n", {}, &after));
}

namespace {

namespace fs = std::filesystem;

/// A scratch folder, removed at the end.
struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name)
      : path(fs::temp_directory_path() / (name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

/// Page d: `chars` characters of its own run of CJK ideographs.
SearchIndex::Doc Page(uint32_t d, uint32_t chars = 1500) {
  std::vector<SearchGram> grams;
  for (uint32_t k = 0; k < chars; ++k) {  // distinct: past 20,000 characters, pairs
    const SearchGram c = 0x4E00 + (d * 7 + k) % 20000;
    grams.push_back(c << 21 | (k < 20000 ? 0 : 0x3040 + k / 20000));
  }
  return {"p" + std::to_string(d) + "/index.html", "T" + std::to_string(d), "S",
          NumberGrams(grams)};
}

std::vector<SearchGram> Grams(const SearchIndex::Doc& doc) { return ListGrams(doc.grams); }

/// Changes the grams of `doc` by `change`, a function of a vector of grams.
template <class Change>
void ChangeGrams(SearchIndex::Doc& doc, Change change) {
  std::vector<SearchGram> grams = Grams(doc);
  change(grams);
  doc.grams = NumberGrams(grams);
}

/// An index as a build leaves it: its documents, its files and their keys.
struct Built {
  fs::path dir;
  std::vector<SearchIndex::Doc> docs;
  StringMap<OutputFile> files;  // as the manifest keeps them
  size_t written = 0, reused = 0;
  bool patched = false;
  std::string Read(const std::string& path) const {
    std::ifstream in(dir / path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  size_t shards() const {
    size_t n = 0;
    while (files.count(ShardPath(static_cast<uint32_t>(n)))) ++n;
    return n;
  }
};

bool SameDoc(const SearchIndex::Doc& a, const SearchIndex::Doc& b) {
  return a.url == b.url && a.title == b.title && a.summary == b.summary && a.grams == b.grams;
}

/// Builds the index of `docs` into `dir`: in full, or after `last` as a build
/// does, patching its index when it can (the documents equal to the last
/// build's are taken over without grams).
/// With `encoded`, the documents taken over are given as SearchDocCache
/// keeps them: every other one as the very bytes Start read, the others as a
/// copy of them.
Built Build(const fs::path& dir, const std::vector<SearchIndex::Doc>& docs,
            const Built* last = nullptr, bool encoded = false) {
  Built built{dir, docs, {}, 0, 0, false};
  OutputTree out(dir.string());
  SearchIndex index(docs.size());
  std::vector<std::string> blobs;  // the last build's .renkei/search/docs-N
  std::vector<std::string_view> previous;
  std::vector<std::string> urls;
  if (last) {
    out.SetPrevious(last->dir.string(), last->files);
    for (const SearchIndex::Doc& d : last->docs) blobs.push_back(SearchDocCache::Encode(d));
    previous.assign(blobs.begin(), blobs.end());
    for (const SearchIndex::Doc& d : docs) urls.push_back(d.url);
    index.Patch(SearchPatch::Start(previous, urls, out));
    built.patched = index.patching();
  }
  const std::vector<std::string> copies = blobs;
  for (size_t i = 0; i < docs.size(); ++i) {
    const bool same = last && i < last->docs.size() && SameDoc(last->docs[i], docs[i]);
    SearchIndex::Doc doc = docs[i];
    if (same && index.patching()) doc.grams = {};
    if (same && encoded && index.patching()) {
      index.SetUnchangedEncoded(i, i % 2 ? std::string_view(copies[i]) : previous[i]);
    } else if (same) {
      index.SetUnchanged(i, doc);
    } else {
      index.Set(i, doc);
    }
  }
  REQUIRE(index.Write(out));
  built.written = out.files_written();
  built.reused = out.files_reused();
  for (const auto& [path, file] : out.Files()) built.files[path] = file;
  REQUIRE(out.Commit());
  return built;
}

/// True when two builds wrote the same index, byte for byte.
bool SameIndex(const Built& a, const Built& b) {
  if (a.shards() != b.shards() || a.Read(kPagesPath) != b.Read(kPagesPath)) return false;
  for (uint32_t s = 0; s < a.shards(); ++s)
    if (a.Read(ShardPath(s)) != b.Read(ShardPath(s)) ||
        a.files.at(ShardPath(s)).key != b.files.at(ShardPath(s)).key)
      return false;
  return true;
}

std::vector<SearchIndex::Doc> Pages(uint32_t n) {
  std::vector<SearchIndex::Doc> docs;
  for (uint32_t d = 0; d < n; ++d) docs.push_back(Page(d));
  return docs;
}

}  // namespace

TEST_CASE("search patch: documents taken over still encoded make the same index") {
  TempDir tmp("renkei-patch-encoded");
  const Built first = Build(tmp.path / "1", Pages(60));
  std::vector<SearchIndex::Doc> docs = first.docs;
  ChangeGrams(docs[5], [](auto& g) { g.push_back(SearchGram{U'龍'} << 21); });
  const Built decoded = Build(tmp.path / "2", docs, &first);
  const Built encoded = Build(tmp.path / "3", docs, &first, true);
  CHECK(encoded.patched);
  CHECK(encoded.written == decoded.written);  // the one shard: pages.js is taken over
  CHECK(SameIndex(decoded, encoded));
  // A new title elsewhere: pages.js is written again, from the encoded documents too.
  docs[9].title = "新しい題";
  const Built decoded2 = Build(tmp.path / "4", docs, &decoded);
  const Built encoded2 = Build(tmp.path / "5", docs, &encoded, true);
  CHECK(encoded2.written == decoded2.written);
  CHECK(encoded2.Read(kPagesPath).find("新しい題") != std::string::npos);
  CHECK(SameIndex(decoded2, encoded2));
  CHECK(SameIndex(encoded2, Build(tmp.path / "full", docs)));
}

TEST_CASE("search patch: a page that gains a gram rewrites that gram's shard alone") {
  TempDir tmp("renkei-patch");
  const Built first = Build(tmp.path / "1", Pages(60));
  const uint32_t shards = static_cast<uint32_t>(first.shards());
  REQUIRE(shards == 3);  // 90,000 postings
  std::vector<SearchIndex::Doc> docs = first.docs;
  const SearchGram gained = SearchGram{U'龍'} << 21;  // in no page yet
  ChangeGrams(docs[5], [&](auto& g) { g.push_back(gained); });
  const Built second = Build(tmp.path / "2", docs, &first);
  CHECK(second.patched);
  CHECK(second.written == 1);
  CHECK(second.reused == shards);  // the other shards and pages.js
  for (uint32_t s = 0; s < shards; ++s)
    CHECK((first.Read(ShardPath(s)) != second.Read(ShardPath(s))) ==
          (s == GramShard(gained, shards)));
  CHECK(SameIndex(second, Build(tmp.path / "full2", docs)));

  // Losing grams (one now in no document), a new title: the next build
  // patches this one, and writes pages.js again.
  ChangeGrams(docs[5], [](auto& g) { g.pop_back(); });
  const SearchGram lost = Grams(docs[9]).front();
  ChangeGrams(docs[9], [](auto& g) { g.erase(g.begin()); });
  docs[9].title = "新しい題";
  const Built third = Build(tmp.path / "3", docs, &second);
  const std::set<uint32_t> changed = {GramShard(gained, shards), GramShard(lost, shards)};
  CHECK(third.patched);
  CHECK(third.written == changed.size() + 1);
  CHECK(third.reused == shards - changed.size());
  CHECK(third.Read(kPagesPath).find("新しい題") != std::string::npos);
  CHECK(SameIndex(third, Build(tmp.path / "full3", docs)));
}

TEST_CASE("search patch: other addresses or another number of shards write the index in full") {
  TempDir tmp("renkei-patch-full");
  const Built first = Build(tmp.path / "1", Pages(60));
  const uint32_t shards = static_cast<uint32_t>(first.shards());
  const auto check_full = [&](const std::vector<SearchIndex::Doc>& docs, const std::string& name,
                              bool patched) {
    const Built built = Build(tmp.path / name, docs, &first);
    CHECK(built.patched == patched);
    CHECK(built.reused == 0);
    CHECK(SameIndex(built, Build(tmp.path / (name + "-full"), docs)));
  };
  std::vector<SearchIndex::Doc> docs = first.docs;
  docs[3].url = "moved/index.html";
  check_full(docs, "moved", false);
  check_full(Pages(61), "added", false);
  check_full(Pages(59), "removed", false);
  docs = first.docs;
  std::swap(docs[1], docs[2]);
  check_full(docs, "reordered", false);
  docs = first.docs;
  docs[4] = Page(4, 1500 + 40000);  // crosses into a fourth shard
  check_full(docs, "grown", true);
  // A shard file of the last build changed by hand (even one that still
  // parses) is not patched, and one that is gone cannot be taken over (the
  // first one: none is taken over before that is found).
  docs = first.docs;
  SearchGram gram = SearchGram{U'龍'} << 21;
  while (GramShard(gram, shards) == 0) gram += SearchGram{1} << 21;
  ChangeGrams(docs[5], [&](auto& g) { g.push_back(gram); });
  const std::string changed = ShardPath(GramShard(gram, shards));
  const std::string bytes = first.Read(changed);
  fs::remove(first.dir / changed);  // a hard link into the other builds' trees
  std::ofstream(first.dir / changed, std::ios::binary)
      << std::string(bytes).replace(bytes.find(":\"0,"), 4, ":\"1,");
  check_full(docs, "by-hand", true);
  std::ofstream(first.dir / changed, std::ios::binary) << bytes;
  fs::remove(first.dir / ShardPath(0));
  check_full(docs, "gone", true);
}

TEST_CASE("search patch: documents that are not those of the last build's shards are not patched") {
  TempDir tmp("renkei-patch-docs");
  Built first = Build(tmp.path / "1", Pages(60));
  // Documents with a third of the grams: one shard, where the last build wrote three.
  for (SearchIndex::Doc& d : first.docs) ChangeGrams(d, [](auto& g) { g.resize(500); });
  const Built second = Build(tmp.path / "2", first.docs, &first);
  CHECK_FALSE(second.patched);
  CHECK(SameIndex(second, Build(tmp.path / "full", first.docs)));
  // A document never set (a page that failed) is not patched around.
  OutputTree out((tmp.path / "3").string());
  out.SetPrevious(second.dir.string(), second.files);
  std::vector<std::string> blobs, urls;
  for (const SearchIndex::Doc& d : second.docs) blobs.push_back(SearchDocCache::Encode(d));
  for (const SearchIndex::Doc& d : second.docs) urls.push_back(d.url);
  SearchIndex index(urls.size());
  index.Patch(SearchPatch::Start({blobs.begin(), blobs.end()}, urls, out));
  REQUIRE(index.patching());
  for (size_t i = 1; i < urls.size(); ++i) index.SetUnchanged(i, {urls[i], "T", "S", {}});
  CHECK_FALSE(index.Write(out));
  CHECK_FALSE(index.error().empty());
}
