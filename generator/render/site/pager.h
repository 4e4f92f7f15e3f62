// A long list of pages (the news, the pages with one tag) split over numbered
// pages: the first at the list's own address, the others below it at
// page/2/, page/3/... as Hugo writes them. A national site's 10,000 news items
// were one page of 2.4 MB, which a resident's phone had to load whole and
// every change to any page's title rendered again.
#pragma once

#include <cstddef>
#include <string>

#include "render/site/site_build.h"

namespace renkei {

class Pager {
 public:
  /// `count` entries listed at `first_path` ("news/"), `per_page` to a page
  /// (Site::list_page_size).
  Pager(std::string first_path, size_t count, size_t per_page);

  /// How many pages: at least one, even for no entries.
  size_t pages() const { return pages_; }
  size_t per_page() const { return per_page_; }
  /// The address of page `number` (1-based): "news/", "news/page/2/"...
  std::string PathOf(size_t number) const;
  /// The entries page `number` shows: [Begin, End).
  size_t Begin(size_t number) const;
  size_t End(size_t number) const;

  /// The links between the pages, seen from page `number`: null when there is
  /// one page; else {prev_href, next_href (each only when there is one),
  /// links: [{number, href, current, gap}], position: "2 / 500"}. The links
  /// are the first and last pages and two on each side of this one, with a
  /// gap where numbers are left out, so that the bar fits a phone's width.
  data View(const PageEnv& env, size_t number) const;

 private:
  std::string first_path_;
  size_t count_, per_page_, pages_;
};

}  // namespace renkei
