#include "render/site/search_index.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "render/site/char_numbers.h"
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

/// What NFKC and lower case make of `c` when that is known without looking at
/// its neighbours: ASCII (A-Z lowered), full-width ASCII U+FF01-U+FF5E (-> ASCII,
/// lowered), the ideographic space (-> " "), common Japanese punctuation,
/// hiragana, katakana (without the separate sound marks U+3099-U+309C, which
/// compose with the kana before them) and CJK unified ideographs. None of these
/// combines with a neighbour under NFKC. -1 for any other character (or a
/// broken sequence): then ICU does the text. This skips ICU's round trip
/// through UTF-16 for most Japanese pages (4% of a national build).
inline UChar32 SimpleNormalized(UChar32 c) {
  if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
  if ((c >= 0 && c < 0x80) || (c >= 0x3001 && c <= 0x3002) || (c >= 0x300C && c <= 0x300F) ||
      (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FC) || (c >= 0x4E00 && c <= 0x9FFF))
    return c;
  if (c >= 0xFF01 && c <= 0xFF5E) return SimpleNormalized(c - 0xFEE0);  // full-width ASCII
  if (c == 0x3000) return ' ';
  return -1;
}

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
    const UChar32 n = SimpleNormalized(c);
    if (n < 0) return false;
    if (n == c) continue;
    out->append(text.substr(kept_from, start - kept_from));
    out->push_back(static_cast<char>(n));  // ASCII: the only changes above
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

bool IsWordChar(UChar32 c) {
  return c > 0 && (IsCommonLetter(c) ||
                   (c >= 0x80 && (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK))));
}

/// SimpleNormalized(c) into `mapped`, and whether that is a letter, mark or
/// digit, with the commonest ranges tested first and no ICU lookup; false
/// when `c` needs ICU.
inline bool SimpleWordChar(UChar32 c, UChar32* mapped, bool* word) {
  if (c >= 0x4E00 && c <= 0x9FFF) {  // CJK ideographs
    *mapped = c;
    *word = true;
    return true;
  }
  if (c >= 0x3041 && c <= 0x30FC) {  // kana, and ー (Lm); not the sound marks between
    if (c > 0x3096 && c < 0x30A1) return false;
    *mapped = c;
    *word = c != 0x30FB;  // ・ is punctuation
    return true;
  }
  const UChar32 n = SimpleNormalized(c);
  if (n < 0) return false;
  *mapped = n;
  *word = (n >= 'a' && n <= 'z') || (n >= '0' && n <= '9');
  return true;
}

/// Collects the distinct grams of a page's text in one pass: within each run of
/// letters, marks and digits (Unicode L, M, N), every character and every
/// adjacent pair. One per thread, cleared for each page.
class GramScanner {
 public:
  /// Reads up to `max_chars` characters in all (counting the breaks between
  /// pieces). With `normalize`, maps each character as NormalizeForSearch
  /// would, and returns false, having read part of `text`, when a character
  /// needs ICU.
  bool Scan(std::string_view text, bool normalize, size_t max_chars) {
    const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t len = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < len && read_ < max_chars; ++read_) {
      UChar32 c;
      U8_NEXT(s, i, len, c);
      bool word;
      if (!normalize) {
        word = IsWordChar(c);
      } else if (!SimpleWordChar(c, &c, &word)) {
        return false;
      }
      if (!word) {
        Break();
        continue;
      }
      const uint32_t n = chars_.Insert(static_cast<uint32_t>(c)).first;
      // Numbers stay below 2^16: a page is read up to max_chars (< 2^16) characters.
      if (previous_ >= 0) {
        const uint32_t pair = static_cast<uint32_t>(previous_) << 16 | n;
        if (seen_pairs_.Insert(pair)) pairs_.push_back(pair);
      }
      previous_ = n;
    }
    return true;
  }
  /// What follows is not adjacent to what came before.
  void Break() { previous_ = -1; }
  void CountBreak() {
    Break();
    ++read_;
  }
  /// The characters' grams in the order first seen, then the pairs' likewise.
  std::vector<SearchGram> Grams() const {
    const std::vector<uint32_t>& chars = chars_.chars();
    std::vector<SearchGram> grams;
    grams.reserve(chars.size() + pairs_.size());
    for (const uint32_t c : chars) grams.push_back(SearchGram{c} << 21);
    for (const uint32_t p : pairs_)
      grams.push_back(SearchGram{chars[p >> 16]} << 21 | chars[p & 0xFFFF]);
    return grams;
  }
  void Clear() {
    chars_.Clear();
    seen_pairs_.Clear();
    pairs_.clear();
    previous_ = -1;
    read_ = 0;
  }

 private:
  CharNumbers chars_;
  PairSet seen_pairs_;
  std::vector<uint32_t> pairs_;  // first << 16 | second, by character number
  int64_t previous_ = -1;        // the number of the character before, if a letter
  size_t read_ = 0;
};

constexpr size_t kMaxScanned = 0xFFFF;  // character numbers fit 16 bits

/// One scanner per thread: its tables are kept from page to page.
GramScanner& ThreadScanner() {
  thread_local GramScanner scanner;
  return scanner;
}

}  // namespace

std::vector<SearchGram> SearchGrams(std::string_view text, size_t max_chars) {
  // A page of ~3,000 characters yields ~6,000 grams but far fewer distinct ones:
  // duplicates are dropped as they come. Sorting every gram took 15% of a national
  // build; the index sorts only the distinct grams of the whole site.
  GramScanner& scanner = ThreadScanner();
  scanner.Clear();
  scanner.Scan(text, false, std::min(max_chars, kMaxScanned));
  return scanner.Grams();
}

std::vector<SearchGram> TextGrams(std::initializer_list<std::string_view> pieces,
                                  size_t max_chars) {
  GramScanner& scanner = ThreadScanner();
  max_chars = std::min(max_chars, kMaxScanned);
  const auto scan_all = [&](bool normalize) {
    scanner.Clear();
    bool first = true;
    for (const std::string_view piece : pieces) {
      if (!first) scanner.CountBreak();  // the space between pieces
      first = false;
      if (normalize) {
        if (!scanner.Scan(piece, true, max_chars)) return false;
      } else {
        scanner.Scan(NfkcLower(piece), false, max_chars);
      }
    }
    return true;
  };
  // Most pages need no ICU: mapped as they are read, without a normalized copy.
  if (!scan_all(true)) scan_all(false);
  return scanner.Grams();
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
