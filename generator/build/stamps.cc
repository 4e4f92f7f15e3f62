#include "build/stamps.h"

#include <string_view>
#include <vector>

#include "util/fields.h"
#include "util/hash.h"

namespace renkei {

namespace {

constexpr std::string_view kHeader = "renkei-stamps 2";
/// Files changed this close before the stamps were taken are read again.
constexpr int64_t kRacyNs = 2'000'000'000;

}  // namespace

FileStamp StampOf(const TreeEntry& e) {
  return {static_cast<int64_t>(e.size), e.mtime_ns, e.ctime_ns, e.inode};
}

size_t Stamps::Find(std::string_view name, size_t at) const {
  if (at < files_.size() && files_[at].first == name) return at;
  if (!text_) return files_.size();
  std::call_once(text_->indexed, [this] {
    text_->index.reserve(files_.size());
    for (size_t i = 0; i < files_.size(); ++i) text_->index.emplace(files_[i].first, i);
  });
  const auto it = text_->index.find(name);
  return it == text_->index.end() ? files_.size() : it->second;
}

bool Stamps::Unchanged(std::string_view name, size_t at, const FileStamp& now,
                       uint64_t* hash) const {
  const size_t i = Find(name, at);
  if (i == files_.size()) return false;
  const Entry& e = files_[i].second;
  if (!(e.stamp == now) || !Settled(now, taken_ns_)) return false;
  *hash = e.hash;
  return true;
}

bool Stamps::Settled(const FileStamp& s, int64_t taken_ns) {
  return s.ctime_ns < taken_ns - kRacyNs;
}

std::string Stamps::Serialize(int64_t taken_ns, const std::vector<Named>& files) {
  std::string s(kHeader);
  s += "\ntaken ";
  s += std::to_string(taken_ns);
  s += '\n';
  // In the list's order, not sorted (sorting 10,000 names was 18 M
  // instructions of a one-page edit): stamps are this checkout's file times,
  // which no two builds write alike anyway. Reserved whole: grown, the text
  // (1 MB at N = 10,000) was copied once more.
  size_t size = s.size();
  for (const auto& [name, entry] : files) size += name.size() + 4 * 21 + 17 + 2;
  s.reserve(size);
  for (const auto& [name, entry] : files) {
    const FileStamp& f = entry.stamp;
    PutField(f.size, &s);
    PutField(f.mtime_ns, &s);
    PutField(f.ctime_ns, &s);
    PutField(f.inode, &s);
    s += HashHex(entry.hash);
    s += ' ';
    s += name;
    s += '\n';
  }
  return s;
}

bool Stamps::Parse(std::string text, Stamps* s) {
  *s = Stamps();
  auto owned = std::make_unique<Text>();
  owned->text = std::move(text);
  std::string_view in = owned->text, line;
  if (!TakeLine(&in, &line) || line != kHeader || !TakeLine(&in, &line)) return false;
  std::string_view rest = line;
  bool ok = TakeField(&rest) == "taken" && ParseNumber(rest, &s->taken_ns_);
  s->files_.reserve(owned->text.size() / 96);
  while (ok && TakeLine(&in, &line)) {
    rest = line;
    Entry e;
    FileStamp& f = e.stamp;
    ok = ParseNumber(TakeField(&rest), &f.size) && ParseNumber(TakeField(&rest), &f.mtime_ns) &&
         ParseNumber(TakeField(&rest), &f.ctime_ns) && ParseNumber(TakeField(&rest), &f.inode) &&
         ParseHashHex(TakeField(&rest), &e.hash) && !rest.empty();
    s->files_.emplace_back(rest, e);
  }
  if (!ok) {
    *s = Stamps();
    return false;
  }
  s->text_ = std::move(owned);
  return true;
}

}  // namespace renkei
