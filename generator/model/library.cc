#include "model/library.h"

namespace renkei {

namespace {
template <class T, class Key>
int FindBy(const std::vector<T>& list, Key key, std::string_view wanted) {
  for (size_t i = 0; i < list.size(); ++i)
    if (list[i].*key == wanted) return static_cast<int>(i);
  return -1;
}
}  // namespace

Location Library::WhereOf(const StatusRecord& r) const {
  const bool known = r.file >= 0 && static_cast<size_t>(r.file) < status_files.size();
  return {known ? status_files[static_cast<size_t>(r.file)] : "", r.line, r.column};
}

const std::string& Library::NoteOf(const StatusRecord& r) const {
  static const std::string kNone;
  const bool known = r.note >= 0 && static_cast<size_t>(r.note) < status_notes.size();
  return known ? status_notes[static_cast<size_t>(r.note)] : kNone;
}

int Library::FindIndicator(std::string_view id) const {
  return FindBy(indicators, &Indicator::id, id);
}
int Library::FindMunicipality(std::string_view code) const {
  return FindBy(municipalities, &Municipality::code, code);
}
int Library::FindItem(std::string_view id) const { return FindBy(items, &Item::id, id); }

int Library::FindPage(std::string_view ref, bool* ambiguous) const {
  while (!ref.empty() && ref.back() == '/') ref.remove_suffix(1);
  int found = -1;
  for (size_t i = 0; i < pages.size(); ++i) {
    std::string_view url = pages[i].url_path;
    if (url.ends_with('/')) url.remove_suffix(1);
    if (url == ref) return static_cast<int>(i);
    if (pages[i].slug == ref) {
      if (found >= 0 && ambiguous) *ambiguous = true;
      found = static_cast<int>(i);
    }
  }
  return found;
}

}  // namespace renkei
