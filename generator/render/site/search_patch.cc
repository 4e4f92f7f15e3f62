#include "render/site/search_patch.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <span>

#include "render/site/page_grams.h"
#include "render/site/search_doc_cache.h"
#include "util/file.h"
#include "util/hash.h"

namespace renkei {

namespace {

constexpr uint32_t kNotIndexed = ~uint32_t{0};

/// One gram's entry of a shard file: "在宅":"0,5,1z".
struct Entry {
  SearchGram gram = 0;
  std::string_view text;  // the whole entry
  std::string_view docs;  // 0,5,1z
};

/// The gram of an entry's quoted text: one or two code points, written as
/// GramText writes them (grams are letters, marks and digits: never escaped).
bool ParseGram(std::string_view text, SearchGram* gram) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t len = static_cast<int32_t>(text.size());
  int32_t i = 0;
  UChar32 first = 0, second = 0;
  if (len == 0) return false;
  U8_NEXT(s, i, len, first);
  if (i < len) U8_NEXT(s, i, len, second);
  if (i != len || first <= 0 || second < 0) return false;
  *gram = static_cast<SearchGram>(first) << 21 | static_cast<SearchGram>(second);
  return GramText(*gram) == text;
}

bool ParseEntry(std::string_view text, Entry* entry) {
  const size_t colon = text.find("\":\"");
  if (text.empty() || text[0] != '"' || colon == std::string_view::npos ||
      colon + 4 > text.size() || text.back() != '"')
    return false;
  entry->text = text;
  entry->docs = text.substr(colon + 3, text.size() - colon - 4);
  return ParseGram(text.substr(1, colon - 1), &entry->gram);
}

/// The entries of a shard file, in gram order; false when it is not one.
bool SplitShard(uint32_t shard, std::string_view file, std::vector<Entry>* entries) {
  const std::string head = ShardHead(shard);
  if (!file.starts_with(head) || !file.ends_with(kShardTail)) return false;
  std::string_view body = file.substr(head.size(), file.size() - head.size() - kShardTail.size());
  while (!body.empty()) {
    const size_t end = std::min(body.find(",\n"), body.size());
    Entry e;
    if (!ParseEntry(body.substr(0, end), &e) ||
        (!entries->empty() && entries->back().gram >= e.gram))
      return false;
    entries->push_back(e);
    body.remove_prefix(end);
    if (body.starts_with(",\n") && body.size() == 2) return false;  // a separator at the end
    if (!body.empty()) body.remove_prefix(2);
  }
  return true;
}

/// The document numbers of an entry's "0,5,1z" (gaps in base 36), ascending.
bool ParseDocs(std::string_view text, std::vector<uint32_t>* docs) {
  docs->clear();
  uint64_t doc = 0, gap = 0;
  size_t digits = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ',';
    if (c == ',') {
      if (digits == 0 || (!docs->empty() && gap == 0) || (doc += gap) > UINT32_MAX) return false;
      docs->push_back(static_cast<uint32_t>(doc));
      gap = digits = 0;
      continue;
    }
    const int value = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : -1;
    if (value < 0 || ++digits > 7) return false;
    gap = gap * 36 + static_cast<uint64_t>(value);
  }
  return true;
}

/// Makes `changes` (of one gram) in `docs`: false when a document added is
/// there already or one removed is not.
bool Apply(std::span<const GramChange> changes, std::vector<uint32_t>* docs) {
  std::vector<uint32_t> removed, added, kept, result;
  for (const GramChange& c : changes) (c.added ? added : removed).push_back(c.doc);
  std::set_difference(docs->begin(), docs->end(), removed.begin(), removed.end(),
                      std::back_inserter(kept));
  std::set_union(kept.begin(), kept.end(), added.begin(), added.end(), std::back_inserter(result));
  if (kept.size() + removed.size() != docs->size() || result.size() != kept.size() + added.size())
    return false;
  *docs = std::move(result);
  return true;
}

/// Writes the entry of the gram of `changes`: `entry` (if any) with them made.
bool PatchEntry(const Entry* entry, std::span<const GramChange> changes, std::string* after) {
  std::vector<uint32_t> docs;
  if ((entry && !ParseDocs(entry->docs, &docs)) || !Apply(changes, &docs)) return false;
  if (!docs.empty()) AppendShardEntry(*after, changes.front().gram, docs);
  return true;
}

}  // namespace

bool PatchShard(uint32_t shard, std::string_view before, std::vector<GramChange> changes,
                std::string* after) {
  std::vector<Entry> entries;
  if (!SplitShard(shard, before, &entries)) return false;
  std::sort(changes.begin(), changes.end());
  *after = ShardHead(shard);
  size_t e = 0, c = 0;
  while (e < entries.size() || c < changes.size()) {
    const bool entry_first =
        c == changes.size() || (e < entries.size() && entries[e].gram < changes[c].gram);
    if (entry_first) {  // a gram without changes: as it was
      if (after->back() != '{') *after += ",\n";
      *after += entries[e++].text;
      continue;
    }
    size_t end = c;
    while (end < changes.size() && changes[end].gram == changes[c].gram) ++end;
    const bool has_entry = e < entries.size() && entries[e].gram == changes[c].gram;
    if (!PatchEntry(has_entry ? &entries[e] : nullptr, {changes.data() + c, end - c}, after))
      return false;
    e += has_entry;
    c = end;
  }
  *after += kShardTail;
  return true;
}

std::unique_ptr<SearchPatch> SearchPatch::Start(const std::vector<std::string_view>& previous,
                                                const std::vector<std::string>& urls,
                                                const OutputTree& out) {
  auto patch = std::make_unique<SearchPatch>();
  patch->doc_of_.assign(urls.size(), kNotIndexed);
  patch->docs_.reserve(previous.size());  // grown by doubling, it faulted in 2 MB more
  for (size_t page = 0; page < urls.size(); ++page) {
    if (urls[page].empty()) continue;
    const size_t n = patch->docs_.size();
    SearchDocCache::Parts p;
    if (n == previous.size() || !SearchDocCache::Split(previous[n], &p) || p.url != urls[page])
      return nullptr;
    patch->docs_.push_back(
        {p.url, p.title, p.summary, p.grams, previous[n], static_cast<uint32_t>(page)});
    patch->doc_of_[page] = static_cast<uint32_t>(n);
    patch->previous_total_ += p.gram_count;
  }
  if (patch->docs_.size() != previous.size()) return nullptr;
  // The last build wrote exactly this many shards, each under the hash of its bytes.
  const uint32_t shards = ShardCount(patch->previous_total_);
  for (uint32_t s = 0; s < shards; ++s) patch->keys_.push_back(out.PreviousKey(ShardPath(s)));
  if (std::count(patch->keys_.begin(), patch->keys_.end(), 0) || out.PreviousKey(ShardPath(shards)))
    return nullptr;
  patch->pages_key_ = out.PreviousKey(kPagesPath);
  return patch;
}

uint32_t SearchPatch::Check(size_t page, std::string_view url, std::string_view title,
                            std::string_view summary) {
  const uint32_t n = doc_of_[page];
  if ((n == kNotIndexed) != url.empty() || (n != kNotIndexed && url != docs_[n].url)) {
    failed_ = true;
    return kNotIndexed;
  }
  if (n == kNotIndexed) return n;
  if (title != docs_[n].title || summary != docs_[n].summary) listing_changed_ = true;
  ++set_;
  return n;
}

void SearchPatch::Unchanged(size_t page, const SearchIndex::Doc& doc) {
  Check(page, doc.url, doc.title, doc.summary);
}

void SearchPatch::UnchangedEncoded(size_t page, std::string_view encoded) {
  const uint32_t n = doc_of_[page];
  if (n != kNotIndexed && encoded.data() == docs_[n].encoded.data() &&
      encoded.size() == docs_[n].encoded.size()) {
    ++set_;  // the very document Start read for this number
    return;
  }
  SearchDocCache::Parts p;
  if (!SearchDocCache::Split(encoded, &p)) {
    failed_ = true;
    return;
  }
  Check(page, p.url, p.title, p.summary);
}

void SearchPatch::Change(size_t page, const SearchIndex::Doc& doc) {
  const uint32_t n = Check(page, doc.url, doc.title, doc.summary);
  if (n == kNotIndexed || PackGrams(doc.grams) == docs_[n].grams)
    return;  // not indexed, or the same grams in the same order (a page rendered by every build)
  PageGrams before;
  if (!UnpackGrams(docs_[n].grams, &before)) {
    failed_ = true;
    return;
  }
  Diff(n, ListGrams(before), ListGrams(doc.grams));
}

void SearchPatch::Diff(uint32_t doc, std::vector<SearchGram> before, std::vector<SearchGram> now) {
  std::sort(before.begin(), before.end());
  std::sort(now.begin(), now.end());
  std::vector<GramChange> changes;
  auto b = before.begin(), n = now.begin();
  while (b != before.end() || n != now.end()) {
    if (n == now.end() || (b != before.end() && *b < *n)) {
      changes.push_back({*b++, doc, false});
    } else if (b == before.end() || *n < *b) {
      changes.push_back({*n++, doc, true});
    } else {
      ++b, ++n;
    }
  }
  const auto added = std::count_if(changes.begin(), changes.end(), [](auto& c) { return c.added; });
  std::lock_guard<std::mutex> lock(mu_);
  added_ += 2 * added - static_cast<int64_t>(changes.size());
  changes_.insert(changes_.end(), changes.begin(), changes.end());
}

uint32_t SearchPatch::shards() const {
  return ShardCount(static_cast<size_t>(static_cast<int64_t>(previous_total_) + added_));
}

bool SearchPatch::Usable() const { return !failed_ && set_ == docs_.size(); }

bool SearchPatch::WriteShards(OutputTree& out) {
  const uint32_t shards = static_cast<uint32_t>(keys_.size());
  if (!Usable() || shards != this->shards()) return false;
  std::vector<std::vector<GramChange>> by_shard(shards);
  for (const GramChange& c : changes_) by_shard[GramShard(c.gram, shards)].push_back(c);
  // Every changed shard is made before any file is written: a shard that
  // cannot be patched leaves the output to the full index.
  std::vector<std::string> files(shards);
  for (uint32_t s = 0; s < shards; ++s)
    if (!by_shard[s].empty() && !PatchFile(out, s, std::move(by_shard[s]), &files[s])) return false;
  // Then the files taken over, which may be gone; then the patched ones.
  for (uint32_t s = 0; s < shards; ++s)
    if (files[s].empty() && !out.Reuse(ShardPath(s), keys_[s])) return false;
  for (uint32_t s = 0; s < shards; ++s)
    if (!files[s].empty() && !WriteIndexFile(out, ShardPath(s), files[s])) return false;
  return true;
}

bool SearchPatch::PatchFile(const OutputTree& out, uint32_t s, std::vector<GramChange> changes,
                            std::string* after) const {
  const std::string path = out.PreviousPath(ShardPath(s), keys_[s]);
  std::string before;
  return !path.empty() && ReadFile(path, &before) && HashBytes(before) == keys_[s] &&
         PatchShard(s, before, std::move(changes), after);
}

bool SearchPatch::ReusePages(OutputTree& out) const {
  // pages.js holds the shard count too: unchanged, as WriteShards succeeded.
  return !listing_changed_ && out.Reuse(kPagesPath, pages_key_);
}

bool SearchPatch::ForEachDoc(const std::function<void(uint32_t, const PageGrams&)>& fn) {
  if (!Usable()) return false;
  std::sort(changes_.begin(), changes_.end(), [](const GramChange& a, const GramChange& b) {
    return a.doc != b.doc ? a.doc < b.doc : a < b;
  });
  PageGrams previous;
  std::vector<SearchGram> grams, removed;
  auto c = changes_.begin();
  for (uint32_t n = 0; n < docs_.size(); ++n) {
    if (!UnpackGrams(docs_[n].grams, &previous)) return false;
    if (c == changes_.end() || c->doc != n) {  // as the last build had them
      fn(docs_[n].page, previous);
      continue;
    }
    grams = ListGrams(previous);
    removed.clear();
    for (; c != changes_.end() && c->doc == n; ++c) {
      if (c->added) grams.push_back(c->gram);
      if (!c->added) removed.push_back(c->gram);  // sorted
    }
    std::erase_if(
        grams, [&](SearchGram g) { return std::binary_search(removed.begin(), removed.end(), g); });
    fn(docs_[n].page, NumberGrams(grams));
  }
  return true;
}

}  // namespace renkei
