// The loaded model as bytes, and back: what the load cache (load_cache.h)
// keeps of the last build. Each model type's fields are listed once, in
// library_archive.cc, for both directions; a field added to a type and not
// to its list fails to compile there (a size check), so the cache can never
// silently drop one.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/library.h"
#include "util/diagnostic.h"

namespace renkei {

/// Everything the loaders of the records make (site, municipalities, items
/// and indicators, statuses, budgets, models, outcomes), and what they
/// reported, in the three groups LoadContent merges in its order.
struct LoadedRecords {
  std::vector<Diagnostic> first;     ///< Site, municipalities and items.
  std::vector<Diagnostic> statuses;  ///< The status files.
  std::vector<Diagnostic> others;    ///< Budgets, models and outcomes.
};

std::string EncodeRecords(const Library& lib, const LoadedRecords& diags);
/// Fills the record members of `lib` (not its pages or pamphlets, which may
/// be loading meanwhile); false, with `lib` as it was, when `bytes` is damaged.
bool DecodeRecords(std::string_view bytes, Library* lib, LoadedRecords* diags);

/// The pamphlets as their loader left them, and what it reported.
std::string EncodePamphlets(const std::vector<Pamphlet>& pamphlets,
                            const std::vector<Diagnostic>& diags);
bool DecodePamphlets(std::string_view bytes, std::vector<Pamphlet>* pamphlets,
                     std::vector<Diagnostic>* diags);

/// One page file as the pages loader left it: the page (none for a draft or
/// an unusable file) and what it reported.
struct LoadedPage {
  std::optional<Page> page;
  std::vector<Diagnostic> diags;
};

std::string EncodePage(const LoadedPage& p);
/// The same bytes, from a page that lives elsewhere (null: no page).
std::string EncodePage(const Page* page, const std::vector<Diagnostic>& diags);
/// With an `owner` keeping `bytes` alive (the mapped cache file), the page's
/// body and front matter borrow their bytes instead of copying them.
bool DecodePage(std::string_view bytes, LoadedPage* p, std::shared_ptr<const void> owner = nullptr);

}  // namespace renkei
