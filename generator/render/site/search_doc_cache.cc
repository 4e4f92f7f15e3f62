#include "render/site/search_doc_cache.h"

#include <vector>

#include "render/site/char_numbers.h"
#include "util/file.h"
#include "util/hash.h"
#include "util/varint.h"

namespace renkei {

namespace {

constexpr const char* kPath = ".renkei/search-docs";

/// The file's first line: its format and the key of the renkei (and
/// templates) that made the last build's index from the documents, which
/// SearchPatch updates.
std::string Header(uint64_t index_key) {
  return "renkei-search-docs 4 " + HashHex(index_key) + "\n";
}

}  // namespace

std::string SearchDocCache::Encode(const SearchIndex::Doc& doc) {
  std::string blob;
  PutString(doc.url, &blob);
  PutString(doc.title, &blob);
  PutString(doc.summary, &blob);
  blob += EncodeGrams(doc.grams);
  return blob;
}

std::string SearchDocCache::EncodeGrams(const std::vector<SearchGram>& grams) {
  // The number of characters and of pairs first (the index's size is known
  // without decoding), then the characters (grams with no second code point)
  // in order, numbered as they come; then each pair as the numbers of its two
  // characters.
  thread_local CharNumbers numbers;
  numbers.Clear();
  size_t pair_count = 0;
  for (const SearchGram g : grams)
    if ((g & 0x1FFFFF) == 0) numbers.Insert(static_cast<uint32_t>(g >> 21));
  // Written into a buffer with room for the longest varints (kept by the
  // thread: only its growth is ever zeroed), then copied out once.
  thread_local std::string buffer;
  const std::vector<uint32_t>& chars = numbers.chars();
  const size_t room = (2 + 2 * grams.size()) * kMaxVarint;
  if (buffer.size() < 2 * room) buffer.resize(2 * room);
  char* pairs = buffer.data() + room;  // the pairs first: they may number new characters
  char* p = pairs;
  for (const SearchGram g : grams) {
    if ((g & 0x1FFFFF) == 0) continue;
    p = WriteVarint(numbers.Insert(static_cast<uint32_t>(g >> 21)).first, p);
    p = WriteVarint(numbers.Insert(static_cast<uint32_t>(g & 0x1FFFFF)).first, p);
    ++pair_count;
  }
  char* o = WriteVarint(pair_count, WriteVarint(chars.size(), buffer.data()));
  for (const uint32_t c : chars) o = WriteVarint(c, o);
  std::string out;
  out.reserve(static_cast<size_t>((o - buffer.data()) + (p - pairs)));
  out.append(buffer.data(), o);
  out.append(pairs, p);
  return out;
}

bool SearchDocCache::Split(std::string_view blob, Parts* parts) {
  uint64_t chars = 0, pairs = 0;
  if (!GetView(&blob, &parts->url) || !GetView(&blob, &parts->title) ||
      !GetView(&blob, &parts->summary))
    return false;
  parts->grams = blob;
  if (!GetVarint(&blob, &chars) || !GetVarint(&blob, &pairs) || chars > blob.size() ||
      pairs > blob.size())
    return false;
  parts->gram_count = chars + pairs;
  return true;
}

bool SearchDocCache::Decode(std::string_view blob, SearchIndex::Doc* doc, bool grams) {
  Parts parts;
  if (!Split(blob, &parts)) return false;
  doc->url = parts.url;
  doc->title = parts.title;
  doc->summary = parts.summary;
  return !grams || DecodeGrams(parts.grams, &doc->grams);
}

bool SearchDocCache::DecodeGrams(std::string_view in, std::vector<SearchGram>* grams) {
  uint64_t chars = 0, pairs = 0;
  if (!GetVarint(&in, &chars) || !GetVarint(&in, &pairs) || chars > in.size() || pairs > in.size())
    return false;
  grams->clear();
  grams->reserve(chars + pairs);
  for (uint64_t i = 0; i < chars; ++i) {
    uint64_t c = 0;
    if (!GetVarint(&in, &c) || c == 0 || c > 0x10FFFF) return false;
    grams->push_back(c << 21);
  }
  for (uint64_t i = 0; i < pairs; ++i) {
    uint64_t a = 0, b = 0;
    if (!GetVarint(&in, &a) || !GetVarint(&in, &b) || a >= chars || b >= chars) return false;
    grams->push_back((*grams)[a] | ((*grams)[b] >> 21));
  }
  return in.empty();
}

void SearchDocCache::Load(const std::string& previous_dir, uint64_t index_key) {
  if (previous_dir.empty()) return;
  previous_ = MappedFile(previous_dir + "/" + kPath);
  std::string_view in = previous_.bytes();
  const std::string header = Header(index_key);
  if (!in.starts_with(header)) return;
  in.remove_prefix(header.size());
  while (!in.empty()) {
    const char* entry = in.data();
    uint64_t key = 0;
    std::string_view blob;
    if (!GetVarint(&in, &key) || !GetView(&in, &blob)) {
      by_key_.clear();
      previous_docs_.clear();
      return;
    }
    if (key != 0) by_key_[key] = {entry, static_cast<size_t>(in.data() - entry)};
    previous_docs_.push_back(blob);
  }
}

bool SearchDocCache::Open(OutputTree& out, uint64_t index_key) {
  const std::string path = out.PathFor(kPath);
  if (path.empty()) return false;
  // A large buffer: with the default one, each document was a system call.
  buffer_.resize(1 << 20);
  file_.rdbuf()->pubsetbuf(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  file_.open(path, std::ios::binary | std::ios::trunc);
  file_ << Header(index_key);
  return static_cast<bool>(file_);
}

bool SearchDocCache::Take(size_t i, uint64_t key, SearchIndex::Doc* doc, bool grams) {
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return false;
  std::string_view entry = it->second, blob;
  uint64_t entry_key = 0;
  if (!GetVarint(&entry, &entry_key) || !GetView(&entry, &blob) || !Decode(blob, doc, grams))
    return false;
  blobs_[i] = {key, {}, it->second};  // as it was: no need to encode or copy it
  return true;
}

void SearchDocCache::Keep(size_t i, uint64_t key, const SearchIndex::Doc& doc) {
  blobs_[i] = {};
  if (!doc.url.empty()) blobs_[i] = {key, Encode(doc), {}};
  Done(i);
}

void SearchDocCache::WriteBlob(Blob& b) {
  if (!b.kept.empty()) WriteKept(b.kept);
  if (!b.own.empty()) {
    WritePending();
    std::string head;
    PutVarint(b.key, &head);
    PutVarint(b.own.size(), &head);
    file_ << head << b.own;
  }
  // Its memory goes now: assigning an empty string would keep the capacity.
  std::string().swap(b.own);
  b = {};
}

void SearchDocCache::WriteKept(std::string_view entry) {
  if (pending_.data() + pending_.size() == entry.data()) {
    pending_ = {pending_.data(), pending_.size() + entry.size()};
    return;
  }
  WritePending();
  pending_ = entry;
}

void SearchDocCache::WritePending() {
  file_.write(pending_.data(), static_cast<std::streamsize>(pending_.size()));
  pending_ = {};
}

void SearchDocCache::Done(size_t i) {
  std::lock_guard<std::mutex> lock(mu_);
  done_[i] = true;
  for (; next_ < blobs_.size() && done_[next_]; ++next_) WriteBlob(blobs_[next_]);
}

bool SearchDocCache::Close() {
  std::lock_guard<std::mutex> lock(mu_);
  // A page that failed holds back the ones after it: they go in now, in order
  // (the build fails anyway, but the file stays well formed).
  for (; next_ < blobs_.size(); ++next_)
    if (done_[next_]) WriteBlob(blobs_[next_]);
  WritePending();
  file_.close();
  return static_cast<bool>(file_);
}

}  // namespace renkei
