// Unicode normalization (ICU), the one place renkei calls it: the lint's plain
// forms and the search index both need NFKC.
#pragma once

#include <string>
#include <string_view>

namespace renkei {

/// NFKC of UTF-8 text (ＡＢＣ -> ABC, ｶﾅ -> カナ, ① -> 1); `s` unchanged if ICU fails.
std::string Nfkc(std::string_view s);
/// NFKC, then lower case (root locale): the search page's
/// `s.normalize('NFKC').toLowerCase()`.
std::string NfkcLower(std::string_view s);

}  // namespace renkei
