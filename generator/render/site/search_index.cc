#include "render/site/search_index.h"

#include <algorithm>
#include <atomic>

#include "render/site/search_doc_cache.h"
#include "render/site/search_patch.h"
#include "util/hash.h"
#include "util/json.h"
#include "util/parallel.h"

namespace renkei {

namespace search_internal {

char* WriteBase36(uint32_t n, char* out) {
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (n < 36) {  // most gaps: a word is on most pages
    *out = kDigits[n];
    return out + 1;
  }
  char buf[7];
  int len = 0;
  for (; n; n /= 36) buf[len++] = kDigits[n % 36];
  while (len) *out++ = buf[--len];
  return out;
}

void AppendEntryHead(std::string& out, SearchGram g) {
  if (out.back() != '{') out += ",\n";  // not the first entry
  AppendJsonString(out, GramText(g), true);
  out += ":\"";
}

}  // namespace search_internal

uint32_t GramShard(SearchGram g, uint32_t shards) {
  return static_cast<uint32_t>(((g >> 21) * 31 + (g & 0x1FFFFF)) % shards);
}

uint32_t ShardCount(size_t postings) {
  return static_cast<uint32_t>(std::clamp<size_t>(postings / 40000 + 1, 1, 512));
}

std::string ShardPath(uint32_t shard) { return "search/index-" + std::to_string(shard) + ".js"; }

std::string ShardHead(uint32_t shard) {
  return "renkeiSearch.shard(" + std::to_string(shard) + ",{";
}

void AppendShardEntry(std::string& out, SearchGram g, const std::vector<uint32_t>& docs) {
  AppendShardEntryOf(out, g, docs.size(), [it = docs.begin()]() mutable { return *it++; });
}

bool WriteIndexFile(OutputTree& out, const std::string& path, std::string_view bytes) {
  return out.Write(path, bytes, HashBytes(bytes));
}

SearchIndex::SearchIndex(size_t docs, int jobs) : docs_(docs), jobs_(jobs) {}
SearchIndex::~SearchIndex() = default;

void SearchIndex::Patch(std::unique_ptr<SearchPatch> patch) {
  patch_ = std::move(patch);
  if (patch_) encoded_.assign(docs_.size(), {});
}

void SearchIndex::Set(size_t id, Doc doc) {
  if (patch_) {
    patch_->Change(id, doc);
    return KeepDoc(id, std::move(doc));
  }
  PageGrams grams = std::move(doc.grams);
  docs_[id] = std::move(doc);
  std::lock_guard<std::mutex> lock(mu_);
  waiting_.emplace(static_cast<uint32_t>(id), std::move(grams));
}

void SearchIndex::AddReady() {
  // Threads finish pages out of order, but only by a few: the grams of a page
  // that comes early wait until the pages before it are in.
  std::vector<std::pair<uint32_t, PageGrams>> ready;
  {
    std::lock_guard<std::mutex> lock(mu_);
    while (!waiting_.empty() && waiting_.begin()->first == next_id_) {
      ready.emplace_back(next_id_++, std::move(waiting_.begin()->second));
      waiting_.erase(waiting_.begin());
    }
  }
  for (const auto& [id, grams] : ready) AddPostings(id, grams);
}

void SearchIndex::SetUnchanged(size_t id, Doc doc) {
  if (!patch_) return Set(id, std::move(doc));
  patch_->Unchanged(id, doc);
  KeepDoc(id, std::move(doc));
}

void SearchIndex::SetUnchangedEncoded(size_t id, std::string_view encoded) {
  patch_->UnchangedEncoded(id, encoded);
  encoded_[id] = encoded;
}

void SearchIndex::KeepDoc(size_t id, Doc doc) {
  doc.grams = {};  // the memory too
  docs_[id] = std::move(doc);
}

void SearchIndex::AddPostings(uint32_t id, const PageGrams& grams) {
  if (grams.empty()) return;
  if (postings_.empty()) gram_numbers_ = GramNumbers(1 << 16);  // room for a site's grams
  // Written out rather than through PageGrams::ForEach: its call of a lambda
  // for each gram was not inlined, and cost a sixth of this.
  for (const uint32_t c : grams.chars) AddPosting(id, SearchGram{c} << 21);
  for (const auto& [a, b] : grams.pairs)
    AddPosting(id, SearchGram{grams.chars[a]} << 21 | grams.chars[b]);
}

bool SearchIndex::Write(OutputTree& out) {
  if (patch_ && WritePatch(out)) return true;
  if (!out.ok() || !error_.empty()) return false;
  // Ids never set (a page that failed to render) would hold back the ids after
  // them: their grams go in now, still in id order.
  AddReady();
  for (const auto& [id, grams] : waiting_) AddPostings(id, grams);
  waiting_.clear();
  size_t total = 0;
  for (const Postings& p : postings_) total += p.count;
  const uint32_t shards = ShardCount(total);
  std::vector<uint32_t> number;
  return WritePages(out, shards, &number) && WriteShards(out, shards, number);
}

bool SearchIndex::WritePatch(OutputTree& out) {
  std::vector<uint32_t> number;
  if (patch_->WriteShards(out))
    return patch_->ReusePages(out) || WritePages(out, patch_->shards(), &number);
  if (!out.ok()) return false;
  // Not to be patched (the number of shards changed, a file of the last build
  // is gone...): every shard is written from the documents.
  const auto add = [this](uint32_t id, const PageGrams& grams) { AddPostings(id, grams); };
  if (!patch_->ForEachDoc(add))
    error_ =
        "the search documents of the last build (.renkei/search/) are damaged "
        "or not those of this build's pages: build with --full";
  return false;
}

bool SearchIndex::WritePages(OutputTree& out, uint32_t shards,
                             std::vector<uint32_t>* number) const {
  // Documents are numbered in id order, skipping the unset ones.
  number->assign(docs_.size(), 0);
  std::string pages = "renkeiSearch.pages([";
  uint32_t next = 0;
  for (size_t id = 0; id < docs_.size(); ++id) {
    SearchDocCache::Parts d{docs_[id].url, docs_[id].title, docs_[id].summary, {}, 0};
    if (d.url.empty() && !encoded_.empty() && !encoded_[id].empty() &&
        !SearchDocCache::Split(encoded_[id], &d))
      d.url = {};  // damaged: SearchPatch has failed already
    if (d.url.empty()) continue;
    if (next) pages += ",\n";
    pages += '[';
    AppendJsonString(pages, d.url, true);
    pages += ',';
    AppendJsonString(pages, d.title, true);
    pages += ',';
    AppendJsonString(pages, d.summary, true);
    pages += ']';
    (*number)[id] = next++;
  }
  pages += "], " + std::to_string(shards) + ");\n";
  return WriteIndexFile(out, kPagesPath, pages);
}

bool SearchIndex::WriteShards(OutputTree& out, uint32_t shards,
                              const std::vector<uint32_t>& number) {
  // Each shard is made and written on its own, on every core: one after the
  // other they were the last 30 ms of a 10,000-page build with one core idle.
  const std::vector<SearchGram>& gram_of = gram_numbers_.grams();
  std::vector<std::vector<uint32_t>> by_shard(shards);
  for (uint32_t n = 0; n < gram_of.size(); ++n)
    by_shard[GramShard(gram_of[n], shards)].push_back(n);
  std::atomic<bool> written{true};
  ParallelFor(shards, jobs_, [&](size_t shard) {
    std::vector<uint32_t>& grams = by_shard[shard];
    // In gram order: the order of the shard's entries.
    std::sort(grams.begin(), grams.end(),
              [&gram_of](uint32_t a, uint32_t b) { return gram_of[a] < gram_of[b]; });
    std::string file = ShardHead(static_cast<uint32_t>(shard));
    for (const uint32_t n : grams) {
      const Postings& p = postings_[n];
      AppendShardEntryOf(file, gram_of[n], p.count, DocReader(p, number));
    }
    file += kShardTail;
    if (!WriteIndexFile(out, ShardPath(static_cast<uint32_t>(shard)), file)) written = false;
  });
  return written;
}

}  // namespace renkei
