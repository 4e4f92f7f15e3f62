// The layout around every page of the site (layout.mustache: the head, the
// header with the search box, preferences and menu, the breadcrumb, the
// footer). Most of its lines are the same for every page with one root
// ("../") and one current menu entry: those that name none of the page's own
// values are rendered once for each such pair before the pages render, and
// only the page's own lines for each page (template_parts.h). Rendering the
// whole layout for each page was 9% of a pages build's instructions.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "render/site/site_build.h"

namespace renkei {

/// Every key PageLayout::PageValues sets: a line of the layout naming one of
/// them is rendered for each page, the others once per root and section.
const std::vector<std::string>& PageValueKeys();

class PageLayout {
 public:
  /// Cuts the layout of `templates` (adding its parts to the set) and renders
  /// its fixed parts for every root and menu section of `b.pages`, over `global`.
  PageLayout(TemplateSet& templates, const SiteBuild& b, const std::vector<Crumb>& nav,
             const data& global);

  /// Page `p`'s own values, for its template and the layout: its titles,
  /// description, canonical address, type and breadcrumb.
  data PageValues(const SitePage& p, const PageEnv& env) const;
  /// The layout's links and menu for page `p` whose root is `root`: the view
  /// its template renders under too.
  const data& View(const std::string& root, const SitePage& p) const;
  /// The page: the layout around `body`. `ctx` holds the global view,
  /// View(root, p) and `values` (PageValues), the last on top.
  std::string Render(TemplateRenderer& renderer, mustache::context<std::string>& ctx, data& values,
                     const std::string& root, const SitePage& p, std::string_view body) const;

 private:
  // What a layout depends on besides the page's values: the root, the page's
  // section, and whether the page is 404.html (which marks no entry current).
  using Key = std::tuple<std::string, std::string, bool>;
  static Key KeyOf(const std::string& root, const SitePage& p) {
    return {root, p.section, p.template_name == "404"};
  }
  struct Layout {
    data view;
    std::vector<std::string> fixed_html;  // by part; "" for the page's own parts
  };

  const SiteBuild& b_;
  std::vector<TemplateSet::Part> parts_;
  std::map<Key, Layout> layouts_;
};

}  // namespace renkei
