#include "render/site/search_doc_cache.h"

#include <vector>

#include "render/site/gram_numbers.h"
#include "util/file.h"
#include "util/varint.h"

namespace renkei {

namespace {

constexpr const char* kPath = ".renkei/search-docs";
constexpr std::string_view kMagic = "renkei-search-docs 3\n";

}  // namespace

std::string SearchDocCache::Encode(const SearchIndex::Doc& doc) {
  std::string blob;
  PutString(doc.url, &blob);
  PutString(doc.title, &blob);
  PutString(doc.summary, &blob);
  // The characters (grams with no second code point) in order, numbered as
  // they come; then each pair as the numbers of its two characters.
  thread_local GramNumbers numbers(1024);
  numbers.Clear();
  std::string pairs;
  size_t pair_count = 0;
  for (const SearchGram g : doc.grams)
    if ((g & 0x1FFFFF) == 0) numbers.Insert(g);
  PutVarint(numbers.size(), &blob);
  for (const SearchGram g : numbers.grams()) PutVarint(g >> 21, &blob);
  for (const SearchGram g : doc.grams) {
    if ((g & 0x1FFFFF) == 0) continue;
    PutVarint(numbers.Insert((g >> 21) << 21).first, &pairs);
    PutVarint(numbers.Insert((g & 0x1FFFFF) << 21).first, &pairs);
    ++pair_count;
  }
  PutVarint(pair_count, &blob);
  blob += pairs;
  return blob;
}

bool SearchDocCache::Decode(std::string_view blob, SearchIndex::Doc* doc) {
  uint64_t chars = 0, pairs = 0;
  if (!GetString(&blob, &doc->url) || !GetString(&blob, &doc->title) ||
      !GetString(&blob, &doc->summary) || !GetVarint(&blob, &chars) || chars > blob.size())
    return false;
  doc->grams.clear();
  doc->grams.reserve(chars * 3);
  for (uint64_t i = 0; i < chars; ++i) {
    uint64_t c = 0;
    if (!GetVarint(&blob, &c) || c == 0 || c > 0x10FFFF) return false;
    doc->grams.push_back(c << 21);
  }
  if (!GetVarint(&blob, &pairs) || pairs > blob.size()) return false;
  for (uint64_t i = 0; i < pairs; ++i) {
    uint64_t a = 0, b = 0;
    if (!GetVarint(&blob, &a) || !GetVarint(&blob, &b) || a >= chars || b >= chars) return false;
    doc->grams.push_back(doc->grams[a] | (doc->grams[b] >> 21));
  }
  return blob.empty();
}

void SearchDocCache::Load(const std::string& previous_dir) {
  if (previous_dir.empty()) return;
  if (!ReadFile(previous_dir + "/" + kPath, &previous_)) return;
  std::string_view in = previous_;
  if (!in.starts_with(kMagic)) return;
  in.remove_prefix(kMagic.size());
  while (!in.empty()) {
    uint64_t key = 0, size = 0;
    if (!GetVarint(&in, &key) || !GetVarint(&in, &size) || size > in.size()) {
      by_key_.clear();
      return;
    }
    by_key_[key] = in.substr(0, size);
    in.remove_prefix(size);
  }
}

bool SearchDocCache::Open(OutputTree& out) {
  const std::string path = out.PathFor(kPath);
  if (path.empty()) return false;
  // A large buffer: with the default one, each document was a system call.
  buffer_.resize(1 << 20);
  file_.rdbuf()->pubsetbuf(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  file_.open(path, std::ios::binary | std::ios::trunc);
  file_ << kMagic;
  return static_cast<bool>(file_);
}

bool SearchDocCache::Take(size_t i, uint64_t key, SearchIndex::Doc* doc) {
  auto it = by_key_.find(key);
  if (it == by_key_.end() || !Decode(it->second, doc)) return false;
  blobs_[i] = {key, {}, it->second};  // as it was: no need to encode or copy it
  return true;
}

void SearchDocCache::Keep(size_t i, uint64_t key, const SearchIndex::Doc& doc) {
  blobs_[i] = {};
  if (key != 0 && !doc.url.empty()) blobs_[i] = {key, Encode(doc), {}};
  Done(i);
}

void SearchDocCache::WriteBlob(Blob& b) {
  if (b.key != 0) {
    const std::string_view blob = b.own.empty() ? b.kept : b.own;
    std::string head;
    PutVarint(b.key, &head);
    PutVarint(blob.size(), &head);
    file_ << head << blob;
  }
  // Its memory goes now: assigning an empty string would keep the capacity.
  std::string().swap(b.own);
  b = {};
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
  file_.close();
  return static_cast<bool>(file_);
}

}  // namespace renkei
