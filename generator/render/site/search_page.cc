// The search page. The index itself (search/index-*.js) is written by
// search_index.cc after every page has been rendered.
#include "render/site/site_build.h"

namespace renkei {

void AddSearchPage(SiteBuild& b) {
  SitePage sp;
  sp.url_path = "search/";
  sp.title = "サイト内検索";
  sp.description = "このサイトのページを、ことばで探せます。";
  sp.template_name = "search";
  sp.section = "search/";
  sp.searchable = false;
  sp.view = [](const PageEnv&) { return Obj(); };
  b.pages.push_back(std::move(sp));
}

}  // namespace renkei
