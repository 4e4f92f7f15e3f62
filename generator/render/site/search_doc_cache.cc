#include "render/site/search_doc_cache.h"

#include <vector>

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
  blob += PackGrams(doc.grams);
  return blob;
}

bool SearchDocCache::Split(std::string_view blob, Parts* parts) {
  if (!GetView(&blob, &parts->url) || !GetView(&blob, &parts->title) ||
      !GetView(&blob, &parts->summary))
    return false;
  parts->grams = blob;
  return PackedGramCount(blob, &parts->gram_count);
}

bool SearchDocCache::Decode(std::string_view blob, SearchIndex::Doc* doc, bool grams) {
  Parts parts;
  if (!Split(blob, &parts)) return false;
  doc->url = parts.url;
  doc->title = parts.title;
  doc->summary = parts.summary;
  return !grams || UnpackGrams(parts.grams, &doc->grams);
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
    PutVarint(b.key, &buffered_);
    PutVarint(b.own.size(), &buffered_);
    buffered_ += b.own;
    if (buffered_.size() >= kFlushBytes) Flush();
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
  if (pending_.empty()) return;
  Flush();  // what comes before them
  file_.write(pending_.data(), static_cast<std::streamsize>(pending_.size()));
  pending_ = {};
}

void SearchDocCache::Flush() {
  file_.write(buffered_.data(), static_cast<std::streamsize>(buffered_.size()));
  buffered_.clear();
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
  Flush();
  file_.close();
  return static_cast<bool>(file_);
}

}  // namespace renkei
