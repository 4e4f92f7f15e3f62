#include "util/slug.h"

namespace renkei {

namespace {
bool IsWindowsReserved(std::string_view s) {
  for (std::string_view r : {"con", "prn", "aux", "nul"})
    if (s == r) return true;
  return s.size() == 4 && (s.starts_with("com") || s.starts_with("lpt")) && s[3] >= '1' &&
         s[3] <= '9';
}
}  // namespace

bool IsSlug(std::string_view s, bool allow_underscore) {
  if (s.empty() || s.size() > 100 || IsWindowsReserved(s)) return false;
  for (char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                    (allow_underscore && c == '_');
    if (!ok) return false;
  }
  return true;
}

}  // namespace renkei
