// Immutable text that owns its bytes, borrows them from something kept alive
// with it, or reads them when first asked for. A national site's 10,000 page
// bodies are 48 MB: copying them out of a cache on every one-page edit cost
// about a seventh of the rebuild, and keeping them in the load cache at all
// (50 MB written by every full build, mapped by every edit) cost more than the
// few a rebuild reads again from their files. Copies share the bytes; the
// bytes never change.
#pragma once

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
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
  /// The text `read` gives when it is first asked for, on whichever thread
  /// asks first. When `read` throws, so does every asking.
  static SharedText Deferred(std::function<std::string()> read) {
    SharedText t;
    t.deferred_ = std::make_shared<DeferredText>();
    t.deferred_->read = std::move(read);
    return t;
  }

  SharedText(const SharedText&) = default;
  SharedText& operator=(const SharedText&) = default;
  /// A moved-from text is empty, not a view of bytes it no longer keeps.
  SharedText(SharedText&& other) noexcept
      : owner_(std::move(other.owner_)),
        view_(std::exchange(other.view_, {})),
        deferred_(std::move(other.deferred_)) {}
  SharedText& operator=(SharedText&& other) noexcept {
    owner_ = std::move(other.owner_);
    view_ = std::exchange(other.view_, {});
    deferred_ = std::move(other.deferred_);
    return *this;
  }

  std::string_view view() const { return deferred_ ? deferred_->Get() : view_; }
  operator std::string_view() const { return view(); }  // NOLINT: read as a view anywhere
  std::string str() const { return std::string(view()); }
  bool empty() const { return view().empty(); }
  size_t size() const { return view().size(); }
  /// Returns f(text). A deferred text not asked for yet is read for this call
  /// alone and not kept: a build renders each page's body once, and every
  /// body kept after it was half of a 100,000-page build's memory.
  template <class F>
  auto Use(F&& f) const {
    if (!deferred_ || deferred_->done) return f(view());
    const std::string text = deferred_->read();  // `read` stays callable: see Get
    return f(std::string_view(text));
  }
  /// True when the text is still to be read (Deferred, and not asked for yet).
  bool deferred() const { return deferred_ && !deferred_->done; }

  friend bool operator==(const SharedText& a, const SharedText& b) { return a.view() == b.view(); }

 private:
  struct DeferredText {
    std::once_flag once;
    std::function<std::string()> read;
    std::string text;
    std::exception_ptr error;
    std::atomic<bool> done{false};  // set once `text` or `error` is

    // `read` is kept after the first asking, so that Use may call it on
    // another thread at the same time.
    std::string_view Get() {
      std::call_once(once, [this] {
        try {
          text = read();
        } catch (...) {
          error = std::current_exception();
        }
        done = true;
      });
      if (error) std::rethrow_exception(error);
      return text;
    }
  };

  std::shared_ptr<const void> owner_;
  std::string_view view_;
  std::shared_ptr<DeferredText> deferred_;
};

}  // namespace renkei
