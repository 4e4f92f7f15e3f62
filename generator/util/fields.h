// Reading and writing the space-separated lines of renkei's own bookkeeping
// files (.renkei/manifest, .renkei/stamps): 10,000 lines each at a national
// site, where an ostringstream cost a third of a rebuild's bookkeeping.
#pragma once

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>
#include <vector>

namespace renkei {

/// Takes the next space-separated field off the front of `line`.
inline std::string_view TakeField(std::string_view* line) {
  const size_t space = line->find(' ');
  const std::string_view f = line->substr(0, space);
  line->remove_prefix(space == std::string_view::npos ? line->size() : space + 1);
  return f;
}

/// Takes the next line (without its end) off the front of `text`; false at
/// its end. Views, not copies: a getline per line of 10,000 cost a tenth of
/// reading the file.
inline bool TakeLine(std::string_view* text, std::string_view* line) {
  if (text->empty()) return false;
  const size_t end = std::min(text->find('\n'), text->size());
  *line = text->substr(0, end);
  text->remove_prefix(std::min(end + 1, text->size()));
  return true;
}

/// The whole of `s` as a decimal number.
template <class T>
bool ParseNumber(std::string_view s, T* out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

/// The entries of `named` (pairs of a name and a value), sorted by name: the
/// same entries give the same bytes whatever order they were kept in.
template <class Named>
std::vector<const typename Named::value_type*> SortedByName(const Named& named) {
  std::vector<const typename Named::value_type*> sorted;
  sorted.reserve(named.size());
  for (const auto& entry : named) sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });
  return sorted;
}

/// Appends a decimal number and a space.
template <class T>
void PutField(T value, std::string* line) {
  char buf[24];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  line->append(buf, end);
  line->push_back(' ');
}

}  // namespace renkei
