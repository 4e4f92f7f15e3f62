#include "render/site/search_grams.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "render/site/char_numbers.h"
#include "util/text.h"
#include "util/unicode.h"

namespace renkei {

namespace {

/// What NFKC and lower case make of `c` when that is known without looking at
/// its neighbours: ASCII (A-Z lowered), full-width ASCII U+FF01-U+FF5E (-> ASCII,
/// lowered), the ideographic space (-> " "), common Japanese punctuation,
/// hiragana, katakana (without the separate sound marks U+3099-U+309C, which
/// compose with the kana before them) and CJK unified ideographs. None of these
/// combines with a neighbour under NFKC. -1 for any other character (or a
/// broken sequence): then ICU does the text. This skips ICU's round trip
/// through UTF-16 for most Japanese pages (4% of a national build).
/// The commonest ranges are tested first: every character of a page comes here.
inline UChar32 SimpleNormalized(UChar32 c) {
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FC))
    return c;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
  if ((c >= 0 && c < 0x80) || (c >= 0x3001 && c <= 0x3002) || (c >= 0x300C && c <= 0x300F))
    return c;
  if (c >= 0xFF01 && c <= 0xFF5E) return SimpleNormalized(c - 0xFEE0);  // full-width ASCII
  if (c == 0x3000) return ' ';
  return -1;
}

bool NormalizeSimpleText(std::string_view text, std::string* out) {
  out->clear();
  out->reserve(text.size());
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t len = static_cast<int32_t>(text.size());
  int32_t kept_from = 0;  // start of the run of characters copied as they are
  for (int32_t i = 0; i < len;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    const UChar32 n = SimpleNormalized(c);
    if (n < 0) return false;
    if (n == c) continue;
    out->append(text.substr(kept_from, start - kept_from));
    out->push_back(static_cast<char>(n));  // ASCII: the only changes above
    kept_from = i;
  }
  out->append(text.substr(kept_from));
  return true;
}

}  // namespace

std::string NormalizeForSearch(std::string_view text) {
  if (std::string simple; NormalizeSimpleText(text, &simple)) return simple;
  return NfkcLower(text);
}

namespace {
// Letters and digits of ASCII, hiragana, katakana and the CJK ideographs
// (Unicode L and N), known without asking ICU; false also for ASCII
// punctuation and spaces, so that ICU is asked only above U+007F.
bool IsCommonLetter(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
         (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) ||
         (c >= 0x4E00 && c <= 0x9FFF);
}

bool IsWordChar(UChar32 c) {
  return c > 0 && (IsCommonLetter(c) ||
                   (c >= 0x80 && (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK))));
}

/// SimpleNormalized(c) into `mapped`, and whether that is a letter, mark or
/// digit, without an ICU lookup; false when `c` needs ICU.
inline bool SimpleWordChar(UChar32 c, UChar32* mapped, bool* word) {
  // Most of a Japanese page, decided at once: CJK ideographs, hiragana,
  // katakana and ー (U+30FC, Lm), but not ・ (U+30FB, punctuation).
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3041 && c <= 0x3096) ||
      (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC) {
    *mapped = c;
    *word = true;
    return true;
  }
  *mapped = SimpleNormalized(c);
  if (*mapped < 0) return false;
  // Of the characters mapped above, ー (U+30FC, Lm) is the one letter
  // IsCommonLetter leaves to ICU; ・ and the other punctuation are not letters.
  *word = IsCommonLetter(*mapped) || *mapped == 0x30FC;
  return true;
}

/// Collects the distinct grams of a page's text in one pass: within each run of
/// letters, marks and digits (Unicode L, M, N), every character and every
/// adjacent pair. One per thread, cleared for each page.
class GramScanner {
 public:
  /// Reads up to `max_chars` characters in all (counting the breaks between
  /// pieces). With `normalize`, maps each character as NormalizeForSearch
  /// would, and returns false, having read part of `text`, when a character
  /// needs ICU.
  bool Scan(std::string_view text, bool normalize, size_t max_chars) {
    // Valid UTF-8 (a page's text always is: its file was checked when loaded)
    // is decoded without checking each sequence again, which was a third of
    // the scan; the check of the whole text first costs far less.
    const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto len = static_cast<int32_t>(text.size());
    return IsValidUtf8(text) ? ScanText<true>(s, len, normalize, max_chars)
                             : ScanText<false>(s, len, normalize, max_chars);
  }
  /// What follows is not adjacent to what came before.
  void Break() { previous_ = -1; }
  void CountBreak() {
    Break();
    ++read_;
  }
  /// The grams found, as numbered.
  PageGrams Numbered() const { return {chars_.chars(), pairs_}; }
  /// The characters' grams in the order first seen, then the pairs' likewise.
  std::vector<SearchGram> Grams() const { return ListGrams(Numbered()); }
  void Clear() {
    chars_.Clear();
    seen_pairs_.Clear();
    pairs_.clear();
    previous_ = -1;
    read_ = 0;
  }

 private:
  /// Scan of the `len` bytes at `s`, which are well-formed UTF-8 when kValidUtf8.
  template <bool kValidUtf8>
  bool ScanText(const uint8_t* s, int32_t len, bool normalize, size_t max_chars) {
    // A text of no more bytes than the characters left to read (each is one
    // byte or more) is read whole without counting against max_chars on the way.
    if (read_ + static_cast<size_t>(len) <= max_chars)
      return normalize ? ScanChars<kValidUtf8, true, false>(s, len, max_chars)
                       : ScanChars<kValidUtf8, false, false>(s, len, max_chars);
    return normalize ? ScanChars<kValidUtf8, true, true>(s, len, max_chars)
                     : ScanChars<kValidUtf8, false, true>(s, len, max_chars);
  }

  template <bool kValidUtf8, bool kNormalize, bool kLimited>
  bool ScanChars(const uint8_t* s, int32_t len, size_t max_chars) {
    // In locals, not members: the vectors the loop appends to could alias
    // members, which would then be stored and loaded again for each character.
    size_t read = read_;
    int64_t previous = previous_;  // the number of the character before, if a letter
    bool whole = true;
    for (int32_t i = 0; i < len && (!kLimited || read < max_chars); ++read) {
      UChar32 c;
      if (kValidUtf8 && (s[i] & 0xF0) == 0xE0) {
        // Most of a Japanese page: three bytes (U+0800..U+FFFF), decoded
        // without the general decoder's branches.
        c = (s[i] & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
        i += 3;
      } else if constexpr (kValidUtf8) {
        U8_NEXT_UNSAFE(s, i, c);
      } else {
        U8_NEXT(s, i, len, c);
      }
      bool word;
      if constexpr (!kNormalize) {
        word = IsWordChar(c);
      } else if (!SimpleWordChar(c, &c, &word)) {
        whole = false;
        break;
      }
      if (!word) {
        previous = -1;
        continue;
      }
      const uint32_t n = chars_.Insert(static_cast<uint32_t>(c)).first;
      // Numbers stay below 2^16: a page is read up to max_chars (< 2^16) characters.
      if (previous >= 0) {
        const auto first = static_cast<uint32_t>(previous);
        if (seen_pairs_.Insert(first, n)) pairs_.emplace_back(first, n);
      }
      previous = n;
    }
    read_ = read;
    previous_ = previous;
    return whole;
  }

  CharNumbers chars_;
  PairSet seen_pairs_;
  std::vector<std::pair<uint32_t, uint32_t>> pairs_;  // by character number, first seen first
  int64_t previous_ = -1;                             // as in ScanChars, between pieces
  size_t read_ = 0;
};

constexpr size_t kMaxScanned = 0xFFFF;  // character numbers fit 16 bits

/// One scanner per thread: its tables are kept from page to page.
GramScanner& ThreadScanner() {
  thread_local GramScanner scanner;
  return scanner;
}

}  // namespace

std::vector<SearchGram> SearchGrams(std::string_view text, size_t max_chars) {
  // A page of ~3,000 characters yields ~6,000 grams but far fewer distinct ones:
  // duplicates are dropped as they come. Sorting every gram took 15% of a national
  // build; the index sorts only the distinct grams of the whole site.
  GramScanner& scanner = ThreadScanner();
  scanner.Clear();
  scanner.Scan(text, false, std::min(max_chars, kMaxScanned));
  return scanner.Grams();
}

PageGrams TextGrams(std::initializer_list<std::string_view> pieces, size_t max_chars) {
  GramScanner& scanner = ThreadScanner();
  max_chars = std::min(max_chars, kMaxScanned);
  const auto scan_all = [&](bool normalize) {
    scanner.Clear();
    bool first = true;
    for (const std::string_view piece : pieces) {
      if (!first) scanner.CountBreak();  // the space between pieces
      first = false;
      if (normalize) {
        if (!scanner.Scan(piece, true, max_chars)) return false;
      } else {
        scanner.Scan(NfkcLower(piece), false, max_chars);
      }
    }
    return true;
  };
  // Most pages need no ICU: mapped as they are read, without a normalized copy.
  if (!scan_all(true)) scan_all(false);
  return scanner.Numbered();
}

std::string GramText(SearchGram g) {
  std::string out;
  for (UChar32 c : {static_cast<UChar32>(g >> 21), static_cast<UChar32>(g & 0x1FFFFF)}) {
    if (!c) continue;
    char buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), n, c);
    out.append(buf, n);
  }
  return out;
}

}  // namespace renkei
