#include "load/load_cache.h"

#include "load/page_body.h"
#include "util/file.h"
#include "util/hash.h"
#include "util/varint.h"

namespace renkei {

namespace {

// records: the magic line, the cache key, the records' key, then the records.
// pamphlets: the magic line, the cache key, the pamphlets' key (PamphletsKey),
// the pages whose bodies their loader read (how many, then each one's file
// name and body key), then the pamphlets and their messages.
// pages-N: the magic line, the cache key, an index (its size, then each page's
// file, hash, and where its bytes are after the index), then the pages' bytes.
// The index alone is read when the cache is opened, and a page's bytes when it
// is taken over. (Walking 10,000 pages' bytes to find their names was 10 ms of
// a one-page edit's serial start.)
constexpr std::string_view kRecordsMagic = "renkei-load-records 1\n";
constexpr std::string_view kPagesMagic = "renkei-load-pages 3\n";
constexpr std::string_view kPamphletsMagic = "renkei-load-pamphlets 1\n";
constexpr size_t kPagesPerFile = 128;

/// The part of `file` after its magic line and cache key; false when it is
/// not a cache file of this binary and content directory.
bool StripHead(std::string_view magic, uint64_t cache_key, std::string_view* file) {
  uint64_t key = 0;
  if (!file->starts_with(magic)) return false;
  file->remove_prefix(magic.size());
  return GetVarint(file, &key) && key == cache_key;
}

std::string Head(std::string_view magic, uint64_t cache_key) {
  std::string head(magic);
  PutVarint(cache_key, &head);
  return head;
}

/// The content files the records are loaded from: all but the pages and the
/// pamphlets, which load after the records and read nothing the records read.
bool FeedsRecords(std::string_view name) {
  return name.starts_with("content/") && !name.starts_with("content/pages/") &&
         !name.starts_with("content/pamphlets/");
}

}  // namespace

LoadCache::LoadCache(const std::string& content_dir, const std::map<std::string, uint64_t>& inputs)
    : inputs_(inputs) {
  const auto program = inputs.find("renkei");
  cache_key_ = Hasher()
                   .Add(kRecordsMagic)
                   .Add(kPagesMagic)
                   .Add(kPamphletsMagic)
                   .Add(program == inputs.end() ? 0 : program->second)
                   .Add(content_dir)
                   .key();
  Hasher records;
  for (const auto& [name, hash] : inputs)
    if (FeedsRecords(name)) records.Add(name).Add(hash);
  records_key_ = records.key();
}

void LoadCache::Read(const std::string& previous_dir) {
  previous_dir_ = previous_dir + "/" + kLoadCacheDir + "/";
  records_file_ = MappedFile(previous_dir_ + "records");
  std::string_view records = records_file_.bytes();
  uint64_t records_key = 0;
  if (StripHead(kRecordsMagic, cache_key_, &records) && GetVarint(&records, &records_key) &&
      records_key == records_key_)
    previous_records_ = records;
  pamphlets_file_ = MappedFile(previous_dir_ + "pamphlets");
  std::string_view pamphlets = pamphlets_file_.bytes();
  if (StripHead(kPamphletsMagic, cache_key_, &pamphlets)) previous_pamphlets_ = pamphlets;
}

uint64_t LoadCache::PamphletsKey(const Library& lib) const {
  Hasher key;
  key.Add(cache_key_).Add(records_key_);
  for (const auto& [name, hash] : inputs_)
    if (name.starts_with("content/pamphlets/")) key.Add(name).Add(hash);
  // What the loader finds pages by (Library::FindPage) and names them by.
  for (const Page& p : lib.pages) key.Add(p.url_path).Add(p.slug).Add(p.source);
  return key.key();
}

bool LoadCache::TakePamphlets(Library* lib, std::vector<Diagnostic>* diags) {
  pamphlets_key_ = PamphletsKey(*lib);
  std::string_view in = previous_pamphlets_;
  uint64_t key = 0, n = 0;
  if (!GetVarint(&in, &key) || key != pamphlets_key_ || !GetVarint(&in, &n) || n > in.size())
    return false;
  // The pages with the same names are there (the key says so): each must
  // have the body it had.
  std::unordered_map<std::string_view, uint64_t> body_keys;
  for (const Page& p : lib->pages) body_keys.emplace(p.source, p.body_key);
  std::vector<std::pair<std::string, uint64_t>> bodies_read;
  for (uint64_t i = 0; i < n; ++i) {
    std::string_view source;
    uint64_t body_key = 0;
    if (!GetView(&in, &source) || !GetVarint(&in, &body_key)) return false;
    const auto it = body_keys.find(source);
    if (it == body_keys.end() || it->second != body_key) return false;
    bodies_read.emplace_back(source, body_key);
  }
  std::vector<Pamphlet> pamphlets;
  std::vector<Diagnostic> messages;
  if (!DecodePamphlets(in, &pamphlets, &messages)) return false;
  lib->pamphlets = std::move(pamphlets);
  *diags = std::move(messages);
  bodies_read_ = std::move(bodies_read);
  taken_pamphlets_ = in;
  return true;
}

void LoadCache::KeepPamphlets(const Library* lib, std::vector<Diagnostic> diags,
                              const std::vector<size_t>& bodies_read) {
  if (pamphlets_key_ == 0) pamphlets_key_ = PamphletsKey(*lib);
  pamphlets_lib_ = lib;
  pamphlets_diags_ = std::move(diags);
  bodies_read_.clear();
  for (const size_t i : bodies_read)
    bodies_read_.emplace_back(lib->pages[i].source, lib->pages[i].body_key);
}

void LoadCache::ReadPages(size_t file) {
  std::string_view bytes = previous_[file]->bytes();
  std::string_view index;
  if (!StripHead(kPagesMagic, cache_key_, &bytes) || !GetView(&bytes, &index)) return;
  std::unordered_map<std::string_view, PreviousPage> pages;
  while (!index.empty()) {
    std::string_view name;
    PreviousPage p;
    p.file = file;
    uint64_t at = 0, size = 0;
    if (!GetView(&index, &name) || !GetVarint(&index, &p.hash) || !GetVarint(&index, &at) ||
        !GetVarint(&index, &size) || at > bytes.size() || size > bytes.size() - at)
      return;  // damaged: none of this file's pages
    p.bytes = bytes.substr(at, size);
    pages[name] = p;
  }
  previous_pages_.merge(pages);
}

bool LoadCache::TakeRecords(Library* lib, LoadedRecords* diags) {
  return !previous_records_.empty() && DecodeRecords(previous_records_, lib, diags);
}

void LoadCache::KeepRecords(const Library* lib, LoadedRecords diags) {
  records_lib_ = lib;
  records_diags_ = std::move(diags);
}

void LoadCache::StartPages(const std::vector<std::string>& files) {
  // The page files are read here, while the records decode (TakeRecords).
  for (size_t i = 0; !previous_dir_.empty(); ++i) {
    auto file = std::make_shared<const MappedFile>(previous_dir_ + "pages-" + std::to_string(i),
                                                   MappedFile::Reading::kOnDemand);
    if (file->bytes().empty()) break;
    previous_.push_back(std::move(file));
    ReadPages(previous_.size() - 1);
  }
  pages_.assign(files.size(), {});
  // The files are sorted, and so are the inputs: one pass over both finds
  // each page's hash (a lookup by name each cost more than decoding a page).
  auto input = inputs_.lower_bound("content/pages/");
  for (size_t i = 0; i < files.size(); ++i) {
    PageEntry& e = pages_[i];
    e.file = files[i];
    const std::string name = "content/" + files[i];
    while (input != inputs_.end() && input->first < name) ++input;
    e.hashed = input != inputs_.end() && input->first == name;
    if (e.hashed) e.hash = input->second;
  }
}

bool LoadCache::TakePage(size_t i, LoadedPage* page) {
  PageEntry& e = pages_[i];
  if (!e.hashed) return false;
  const auto it = previous_pages_.find(e.file);
  if (it == previous_pages_.end() || it->second.hash != e.hash) return false;
  if (!DecodePage(it->second.bytes, page, previous_[it->second.file])) {
    *page = {};
    return false;
  }
  if (page->page) page->page->body_markdown = PageBodyFromFile(*page->page);
  e.taken = it->second.bytes;
  e.kept = true;
  return true;
}

void LoadCache::KeepPage(size_t i, const Page* page, std::vector<Diagnostic> diags) {
  PageEntry& e = pages_[i];
  // A file that was not fingerprinted (it came after) is loaded again next time.
  e.kept = e.hashed;
  e.page = page;
  e.diags = std::move(diags);
}

std::vector<LoadCache::File> LoadCache::Files() {
  std::vector<File> files;
  files.push_back(
      {std::string(kLoadCacheDir) + "/records", Hasher().Add(cache_key_).Add(records_key_).key()});
  Hasher pamphlets;
  pamphlets.Add(cache_key_).Add(pamphlets_key_);
  for (const auto& [source, body_key] : bodies_read_) pamphlets.Add(source).Add(body_key);
  files.push_back({std::string(kLoadCacheDir) + "/pamphlets", pamphlets.key()});
  chunks_.assign(pages_.size() / kPagesPerFile + 1, {});
  for (size_t i = 0; i < pages_.size(); ++i)
    if (pages_[i].kept) chunks_[HashBytes(pages_[i].file) % chunks_.size()].push_back(i);
  for (size_t c = 0; c < chunks_.size(); ++c) {
    Hasher key;
    key.Add(cache_key_).Add(chunks_.size());
    for (const size_t i : chunks_[c]) key.Add(pages_[i].file).Add(pages_[i].hash);
    files.push_back({std::string(kLoadCacheDir) + "/pages-" + std::to_string(c), key.key()});
  }
  return files;
}

std::string LoadCache::Bytes(size_t i) const {
  if (i == 0) {
    std::string bytes = Head(kRecordsMagic, cache_key_);
    PutVarint(records_key_, &bytes);
    // Loaded anew, or else taken over as the last build wrote them.
    if (records_lib_) return bytes + EncodeRecords(*records_lib_, records_diags_);
    return bytes.append(previous_records_);
  }
  if (i == 1) {
    std::string bytes = Head(kPamphletsMagic, cache_key_);
    PutVarint(pamphlets_key_, &bytes);
    PutVarint(bodies_read_.size(), &bytes);
    for (const auto& [source, body_key] : bodies_read_) {
      PutString(source, &bytes);
      PutVarint(body_key, &bytes);
    }
    if (pamphlets_lib_) return bytes + EncodePamphlets(pamphlets_lib_->pamphlets, pamphlets_diags_);
    return bytes.append(taken_pamphlets_);  // as the last build wrote them
  }
  // Each page encoded anew, or else taken over as the last build wrote it;
  // then the file made in one piece (growing it page by page copied the
  // pages three times over when they held their bodies).
  const std::vector<size_t>& chunk = chunks_[i - 2];
  std::vector<std::string> encoded;
  encoded.reserve(chunk.size());  // never moved: `blobs` points into them
  std::vector<std::string_view> blobs;
  std::string index;
  size_t size = 0;
  for (const size_t p : chunk) {
    const PageEntry& e = pages_[p];
    blobs.push_back(e.taken.empty() ? encoded.emplace_back(EncodePage(e.page, e.diags))
                                    : std::string_view(e.taken));
    PutString(e.file, &index);
    PutVarint(e.hash, &index);
    PutVarint(size, &index);
    PutVarint(blobs.back().size(), &index);
    size += blobs.back().size();
  }
  std::string bytes = Head(kPagesMagic, cache_key_);
  bytes.reserve(bytes.size() + kMaxVarint + index.size() + size);
  PutString(index, &bytes);
  for (const std::string_view blob : blobs) bytes += blob;
  return bytes;
}

void LoadCache::Release() {
  std::vector<PageEntry>().swap(pages_);
  std::vector<std::vector<size_t>>().swap(chunks_);
  previous_pages_ = {};
  previous_records_ = {};
  records_lib_ = nullptr;
  records_diags_ = {};
  pamphlets_lib_ = nullptr;
  pamphlets_diags_ = {};
  bodies_read_ = {};
  previous_pamphlets_ = {};
  taken_pamphlets_ = {};
  pamphlets_file_ = MappedFile();
  previous_ = {};  // each file stays mapped while a page borrows from it
  records_file_ = MappedFile();
}

}  // namespace renkei
