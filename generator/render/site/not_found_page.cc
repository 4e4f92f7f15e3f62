// 404.html: shown by web servers for a missing page.
#include "render/site/site_build.h"

namespace renkei {

void AddNotFoundPage(SiteBuild& b) {
  SitePage sp;
  sp.url_path = "404.html";
  sp.title = "ページが見つかりません";
  sp.description = "お探しのページは見つかりませんでした。";
  sp.template_name = "404";
  sp.searchable = false;
  sp.in_sitemap = false;
  sp.content_key = b.listing_key;
  sp.view = [](const PageEnv&) { return Obj(); };
  b.pages.push_back(std::move(sp));
}

}  // namespace renkei
