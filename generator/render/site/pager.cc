#include "render/site/pager.h"

#include <algorithm>
#include <string>
#include <utility>

namespace renkei {

namespace {

/// Pages shown on each side of the current one in the bar of links.
constexpr size_t kAround = 2;

}  // namespace

Pager::Pager(std::string first_path, size_t count, size_t per_page)
    : first_path_(std::move(first_path)),
      count_(count),
      per_page_(std::max<size_t>(per_page, 1)),
      pages_(std::max<size_t>((count + per_page_ - 1) / per_page_, 1)) {}

std::string Pager::PathOf(size_t number) const {
  if (number <= 1) return first_path_;
  return first_path_ + "page/" + std::to_string(number) + "/";
}

size_t Pager::Begin(size_t number) const { return std::min((number - 1) * per_page_, count_); }

size_t Pager::End(size_t number) const { return std::min(number * per_page_, count_); }

data Pager::View(const PageEnv& env, size_t number) const {
  if (pages_ <= 1) return data(data::type::bool_false);
  data v = Obj();
  if (number > 1) v.set("prev_href", env.Href(PathOf(number - 1)));
  if (number < pages_) v.set("next_href", env.Href(PathOf(number + 1)));
  v.set("position", std::to_string(number) + " / " + std::to_string(pages_));
  data links = List();
  const auto add = [&](size_t n) {
    data d = Obj();
    d.set("number", std::to_string(n));
    d.set("href", env.Href(PathOf(n)));
    d.set("current", Bool(n == number));
    links.push_back(d);
  };
  const auto gap = [&] {
    data d = Obj();
    d.set("gap", Bool(true));
    links.push_back(d);
  };
  const size_t from = number > kAround + 1 ? number - kAround : 1;
  const size_t to = std::min(number + kAround, pages_);
  if (from > 1) add(1);
  if (from > 3) gap();
  if (from == 3) add(2);  // a gap would hide one number only: show it
  for (size_t n = from; n <= to; ++n) add(n);
  if (to + 2 == pages_) add(pages_ - 1);
  if (to + 2 < pages_) gap();
  if (to < pages_) add(pages_);
  v.set("links", links);
  return v;
}

}  // namespace renkei
