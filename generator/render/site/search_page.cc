// The search page. The index itself (search/index-*.js) is written by
// search_index.cc after every page has been rendered.
#include "render/site/site_build.h"

namespace renkei {

void AddSearchPage(SiteBuild& b) {
  SitePage sp = NewPage("search/", "サイト内検索", "このサイトのページを、ことばで探せます。",
                        "search", "search/");
  sp.searchable = false;
  sp.content_key = b.listing_key;
  sp.view = [](const PageEnv&) { return Obj(); };
  b.pages.push_back(std::move(sp));
}

}  // namespace renkei
