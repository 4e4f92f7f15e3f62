// Immutable text that owns its bytes or borrows them from something kept alive
// with it, such as the mapped load cache: a national site's 10,000 page bodies
// are 48 MB, and copying them out of the cache on every one-page edit cost
// about a seventh of the rebuild (the copy, and the fresh memory it needs).
// Copies share the bytes; the bytes never change.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace renkei {

class SharedText {
 public:
  SharedText() = default;
  /// Owns `text`.
  SharedText(std::string text)  // NOLINT(google-explicit-constructor): text is text
      : owner_(std::make_shared<const std::string>(std::move(text))),
        view_(*static_cast<const std::string*>(owner_.get())) {}
  SharedText(const char* text) : SharedText(std::string(text)) {}  // NOLINT: as above
  /// Borrows `view`, whose bytes `owner` keeps alive and unchanged.
  SharedText(std::string_view view, std::shared_ptr<const void> owner)
      : owner_(std::move(owner)), view_(view) {}

  SharedText(const SharedText&) = default;
  SharedText& operator=(const SharedText&) = default;
  /// A moved-from text is empty, not a view of bytes it no longer keeps.
  SharedText(SharedText&& other) noexcept
      : owner_(std::move(other.owner_)), view_(std::exchange(other.view_, {})) {}
  SharedText& operator=(SharedText&& other) noexcept {
    owner_ = std::move(other.owner_);
    view_ = std::exchange(other.view_, {});
    return *this;
  }

  std::string_view view() const { return view_; }
  operator std::string_view() const { return view_; }  // NOLINT: read as a view anywhere
  std::string str() const { return std::string(view_); }
  bool empty() const { return view_.empty(); }
  size_t size() const { return view_.size(); }

  friend bool operator==(const SharedText& a, const SharedText& b) { return a.view_ == b.view_; }

 private:
  std::shared_ptr<const void> owner_;
  std::string_view view_;
};

}  // namespace renkei
