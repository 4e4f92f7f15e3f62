#include "render/site/search_index.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "render/site/search_patch.h"
#include "util/hash.h"
#include "util/json.h"
#include "util/unicode.h"

namespace renkei {

namespace {

void AppendBase36(std::string& out, uint32_t n) {
  char buf[8];
  int len = 0;
  do {
    buf[len++] = "0123456789abcdefghijklmnopqrstuvwxyz"[n % 36];
    n /= 36;
  } while (n);
  while (len) out += buf[--len];
}

/// NFKC and lower case without ICU, for text made only of characters whose result
/// is known without looking at their neighbours: ASCII (A-Z lowered), full-width
/// ASCII U+FF01-U+FF5E (-> ASCII, lowered), the ideographic space (-> " "), common
/// Japanese punctuation, hiragana, katakana (without the separate sound marks
/// U+3099-U+309C, which compose with the kana before them) and CJK unified
/// ideographs. None of these combines with a neighbour under NFKC. False (and `out`
/// unspecified) for any other character: then ICU does it. This skips ICU's round
/// trip through UTF-16 for most Japanese pages (4% of a national build).
bool NormalizeSimpleText(std::string_view text, std::string* out) {
  out->clear();
  out->reserve(text.size());
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t len = static_cast<int32_t>(text.size());
  int32_t kept_from = 0;  // start of the run of characters copied as they are
  for (int32_t i = 0; i < len;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    const bool kept = (c >= 0 && c < 0x80 && !(c >= 'A' && c <= 'Z')) ||
                      (c >= 0x3001 && c <= 0x3002) || (c >= 0x300C && c <= 0x300F) ||
                      (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FC) ||
                      (c >= 0x4E00 && c <= 0x9FFF);
    if (kept) continue;
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII
    if (c == 0x3000) c = ' ';
    if (c < 0 || c >= 0x80) return false;
    out->append(text.substr(kept_from, start - kept_from));
    out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    kept_from = i;
  }
  out->append(text.substr(kept_from));
  return true;
}

}  // namespace

std::string NormalizeForSearch(std::string_view text) {
  if (std::string simple; NormalizeSimpleText(text, &simple)) return simple;
  return NfkcLower(text);
}

namespace {
// Letters and digits of ASCII, hiragana, katakana and the CJK ideographs
// (Unicode L and N), known without asking ICU; false also for ASCII
// punctuation and spaces, so that ICU is asked only above U+007F.
bool IsCommonLetter(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
         (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) ||
         (c >= 0x4E00 && c <= 0x9FFF);
}
}  // namespace

std::vector<SearchGram> SearchGrams(std::string_view text, size_t max_chars) {
  // A page of ~3,000 characters yields ~6,000 grams but far fewer distinct ones:
  // duplicates are dropped as they come (GramNumbers). Sorting every gram took 15% of a
  // national build; the index sorts only the distinct grams of the whole site.
  // One table per thread, cleared for each page: 4,096 slots hold a typical
  // page's ~1,500 distinct grams without growing.
  thread_local GramNumbers seen(2048);
  seen.Clear();
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t len = static_cast<int32_t>(text.size());
  UChar32 prev = 0;
  size_t read = 0;
  for (int32_t i = 0; i < len && read < max_chars; ++read) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    const bool word =
        c > 0 && (IsCommonLetter(c) ||
                  (c >= 0x80 && (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK))));
    if (!word) {
      prev = 0;
      continue;
    }
    seen.Insert(static_cast<SearchGram>(c) << 21);
    if (prev) seen.Insert(static_cast<SearchGram>(prev) << 21 | static_cast<SearchGram>(c));
    prev = c;
  }
  return seen.grams();  // a copy: the table stays with the thread
}

std::string GramText(SearchGram g) {
  std::string out;
  for (UChar32 c : {static_cast<UChar32>(g >> 21), static_cast<UChar32>(g & 0x1FFFFF)}) {
    if (!c) continue;
    char buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), n, c);
    out.append(buf, n);
  }
  return out;
}

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
  if (out.back() != '{') out += ",\n";  // not the first entry
  AppendJsonString(out, GramText(g), true);
  out += ":\"";
  uint32_t last = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (i) out += ',';
    AppendBase36(out, docs[i] - last);  // gaps: small numbers, short text
    last = docs[i];
  }
  out += '"';
}

bool WriteIndexFile(OutputTree& out, const std::string& path, std::string_view bytes) {
  return out.Write(path, bytes, HashBytes(bytes));
}

SearchIndex::SearchIndex(size_t docs) : docs_(docs) {}
SearchIndex::~SearchIndex() = default;

void SearchIndex::Patch(std::unique_ptr<SearchPatch> patch) { patch_ = std::move(patch); }

void SearchIndex::Set(size_t id, Doc doc) {
  if (patch_) {
    patch_->Change(id, doc);
    return KeepDoc(id, std::move(doc));
  }
  std::vector<SearchGram> grams = std::move(doc.grams);
  docs_[id] = std::move(doc);
  std::lock_guard<std::mutex> lock(mu_);
  // Threads finish pages out of order, but only by a few: keep the grams of a page
  // that comes early until the pages before it are in.
  waiting_.emplace(static_cast<uint32_t>(id), std::move(grams));
  while (!waiting_.empty() && waiting_.begin()->first == next_id_) {
    AddPostings(next_id_, waiting_.begin()->second);
    waiting_.erase(waiting_.begin());
    ++next_id_;
  }
}

void SearchIndex::SetUnchanged(size_t id, Doc doc) {
  if (!patch_) return Set(id, std::move(doc));
  patch_->Unchanged(id, doc);
  KeepDoc(id, std::move(doc));
}

void SearchIndex::KeepDoc(size_t id, Doc doc) {
  std::vector<SearchGram>().swap(doc.grams);  // the memory too
  docs_[id] = std::move(doc);
}

void SearchIndex::AddPostings(uint32_t id, const std::vector<SearchGram>& grams) {
  for (SearchGram g : grams) {
    const auto [number, is_new] = gram_numbers_.Insert(g);
    if (is_new) postings_.emplace_back();
    Postings& p = postings_[number];
    // LEB128: 7 bits a byte, high bit set on all but the last byte.
    for (uint32_t gap = id - p.last;; gap >>= 7) {
      if (gap < 0x80) {
        p.gaps.push_back(static_cast<char>(gap));
        break;
      }
      p.gaps.push_back(static_cast<char>(0x80 | (gap & 0x7F)));
    }
    p.last = id;
    ++p.count;
  }
}

bool SearchIndex::Write(OutputTree& out) {
  if (patch_ && WritePatch(out)) return true;
  if (!out.ok() || !error_.empty()) return false;
  // Ids never set (a page that failed to render) would hold back the ids after
  // them: their grams go in now, still in id order.
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
  const auto add = [this](uint32_t id, const std::vector<SearchGram>& grams) {
    AddPostings(id, grams);
  };
  if (!patch_->ForEachDoc(add))
    error_ =
        "the search documents of the last build (.renkei/search-docs) are damaged "
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
    const Doc& d = docs_[id];
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
  // Gram numbers in gram order: the order of the shards' entries.
  const std::vector<SearchGram>& gram_of = gram_numbers_.grams();
  std::vector<uint32_t> order(gram_of.size());
  for (uint32_t n = 0; n < order.size(); ++n) order[n] = n;
  std::sort(order.begin(), order.end(),
            [&gram_of](uint32_t a, uint32_t b) { return gram_of[a] < gram_of[b]; });
  std::vector<std::string> files(shards);
  for (uint32_t i = 0; i < shards; ++i) files[i] = ShardHead(i);
  std::vector<uint32_t> docs;
  for (const uint32_t n : order) {
    DocNumbers(postings_[n], number, &docs);
    AppendShardEntry(files[GramShard(gram_of[n], shards)], gram_of[n], docs);
  }
  for (uint32_t i = 0; i < shards; ++i) {
    files[i] += kShardTail;
    if (!WriteIndexFile(out, ShardPath(i), files[i])) return false;
  }
  return true;
}

void SearchIndex::DocNumbers(const Postings& p, const std::vector<uint32_t>& number,
                             std::vector<uint32_t>* docs) {
  docs->clear();
  uint32_t id = 0;
  for (size_t pos = 0, i = 0; i < p.count; ++i) {
    uint32_t gap = 0;
    for (int shift = 0;; shift += 7) {  // one LEB128 varint
      const auto byte = static_cast<uint8_t>(p.gaps[pos++]);
      gap |= static_cast<uint32_t>(byte & 0x7F) << shift;
      if (byte < 0x80) break;
    }
    id += gap;
    docs->push_back(number[id]);
  }
}

}  // namespace renkei
