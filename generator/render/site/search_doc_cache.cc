#include "render/site/search_doc_cache.h"

#include <algorithm>
#include <vector>

#include "util/fields.h"
#include "util/file.h"
#include "util/hash.h"
#include "util/varint.h"

namespace renkei {

namespace {

/// A file's path in the output: ".renkei/search/docs-3".
std::string DocFilePath(size_t file) { return ".renkei/search/docs-" + std::to_string(file); }

/// A file's first line but its last number (how many files there are): the
/// format, the key of the renkei (and templates) that made the last build's
/// index from the documents, which SearchPatch updates, and the file's number.
std::string HeaderStart(uint64_t index_key, size_t file) {
  return "renkei-search-docs 5 " + HashHex(index_key) + " " + std::to_string(file) + " ";
}

}  // namespace

SearchDocCache::SearchDocCache(size_t pages) { SetPages(pages); }

void SearchDocCache::SetPages(size_t pages) {
  blobs_.assign(pages, {});
  done_.assign(pages, false);
  files_ = std::max<size_t>(1, (pages + kPagesPerFile - 1) / kPagesPerFile);
}

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

bool SearchDocCache::Decode(std::string_view blob, SearchIndex::Doc* doc) {
  Parts parts;
  if (!Split(blob, &parts)) return false;
  doc->url = parts.url;
  doc->title = parts.title;
  doc->summary = parts.summary;
  return UnpackGrams(parts.grams, &doc->grams);
}

void SearchDocCache::Load(const std::string& previous_dir, uint64_t index_key) {
  if (previous_dir.empty()) return;
  size_t files = 1;
  for (size_t f = 0; f < files; ++f) {
    if (!ReadDocFile(previous_dir, f, index_key, &files)) {
      // Part of the documents would be part of the last index: none then.
      by_key_.clear();
      previous_docs_.clear();
      previous_.clear();
      return;
    }
  }
}

bool SearchDocCache::ReadDocFile(const std::string& previous_dir, size_t file, uint64_t index_key,
                                 size_t* files) {
  previous_.emplace_back(previous_dir + "/" + DocFilePath(file));
  std::string_view in = previous_.back().bytes();
  const std::string start = HeaderStart(index_key, file);
  const size_t eol = in.find('\n');
  if (!in.starts_with(start) || eol == std::string_view::npos) return false;
  size_t n = 0;
  if (!ParseNumber(in.substr(start.size(), eol - start.size()), &n) ||
      (file == 0 ? n == 0 || n > 100'000'000 : n != *files))
    return false;
  *files = n;
  in.remove_prefix(eol + 1);
  while (!in.empty()) {
    const char* entry = in.data();
    uint64_t key = 0;
    std::string_view blob;
    if (!GetVarint(&in, &key) || !GetView(&in, &blob)) return false;
    if (key != 0) by_key_[key] = {entry, static_cast<size_t>(in.data() - entry)};
    previous_docs_.push_back(blob);
  }
  return true;
}

void SearchDocCache::Open(OutputTree& out, uint64_t index_key) {
  out_ = &out;
  index_key_ = index_key;
}

bool SearchDocCache::Take(size_t i, uint64_t key, SearchIndex::Doc* doc) {
  std::string_view blob;
  return TakeEncoded(i, key, &blob) && Decode(blob, doc);
}

bool SearchDocCache::TakeEncoded(size_t i, uint64_t key, std::string_view* encoded) {
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return false;
  std::string_view entry = it->second;
  uint64_t entry_key = 0;
  if (!GetVarint(&entry, &entry_key) || !GetView(&entry, encoded)) return false;
  blobs_[i] = {key, {}, it->second};  // as it was: no need to encode or copy it
  return true;
}

void SearchDocCache::Keep(size_t i, uint64_t key, const SearchIndex::Doc& doc) {
  blobs_[i] = {};
  if (!doc.url.empty()) blobs_[i] = {key, Encode(doc), {}};
  Done(i);
}

void SearchDocCache::WriteDocFile(size_t file) {
  const size_t begin = file * kPagesPerFile;
  const size_t end = std::min(begin + kPagesPerFile, blobs_.size());
  const std::string header = HeaderStart(index_key_, file) + std::to_string(files_) + "\n";
  // The same pages' keys, the same bytes: each key stands for its document.
  Hasher hasher;
  hasher.Add(header);
  bool keyed = true;
  for (size_t i = begin; i < end; ++i) {
    const Blob& b = blobs_[i];
    if (b.own.empty() && b.kept.empty()) continue;  // not indexed
    keyed = keyed && b.key != 0;
    hasher.Add(b.key);
  }
  const uint64_t key = keyed ? hasher.key() : 0;
  const std::string path = DocFilePath(file);
  if (key == 0 || !out_->Reuse(path, key)) {
    std::string bytes = header;
    for (size_t i = begin; i < end; ++i) {
      const Blob& b = blobs_[i];
      bytes += b.kept;
      if (b.own.empty()) continue;
      PutVarint(b.key, &bytes);
      PutString(b.own, &bytes);
    }
    ok_ = out_->Write(path, bytes, key) && ok_;
  }
  // Their memory goes now: assigning an empty string would keep the capacity.
  for (size_t i = begin; i < end; ++i) {
    std::string().swap(blobs_[i].own);
    blobs_[i] = {};
  }
}

void SearchDocCache::Done(size_t i) {
  std::lock_guard<std::mutex> lock(mu_);
  done_[i] = true;
  for (; next_ < blobs_.size() && done_[next_]; ++next_)
    if ((next_ + 1) % kPagesPerFile == 0) WriteDocFile(next_file_++);
}

bool SearchDocCache::Close() {
  std::lock_guard<std::mutex> lock(mu_);
  // The last file, or, when a page failed, those from its own on (the build
  // fails anyway, but the files stay well formed).
  while (next_file_ < files_) WriteDocFile(next_file_++);
  return ok_;
}

}  // namespace renkei
