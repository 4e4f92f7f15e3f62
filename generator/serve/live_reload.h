// How open browser tabs learn that `renkei serve` rebuilt the site: the server
// keeps a version number and the last build's errors; a small script, added to
// HTML pages only as they are served (never to the files of the site), asks
// /__renkei/wait?v=N, which answers as soon as the version differs from N (a
// long poll), then reloads the page or shows the errors over it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

namespace renkei {

/// Thread-safe: builds report from the watcher's thread while requests wait on
/// the server's threads.
class LiveReload {
 public:
  struct State {
    uint64_t version = 1;  ///< Changes with every change of `site` or `error`.
    uint64_t site = 1;     ///< Changes with every build that changed the site.
    std::string error;     ///< The last build's messages when it failed, else "".
  };

  /// A build finished. `changed`: it wrote a new site (pages showing an older
  /// one reload). `error`: its messages when it failed ("" when it succeeded).
  void Built(bool changed, std::string error);

  State Current() const;
  /// Waits until the version differs from `seen`, `timeout` passed or Stop()
  /// was called, and returns the state then.
  State Wait(uint64_t seen, std::chrono::milliseconds timeout);
  /// Releases every waiting request (the server is stopping) and makes later
  /// waits return at once.
  void Stop();

 private:
  mutable std::mutex mu_;
  std::condition_variable changed_;
  State state_;
  bool stopped_ = false;
};

/// The state as JSON: {"version":N,"site":N,"error":"..."}.
std::string StateJson(const LiveReload::State& state);

/// `html` with the reload script's tag before its last </body> (at the end
/// when it has none). `site` is the site version the page was served from.
std::string InjectReloadScript(std::string html, uint64_t site);

/// The script served at /__renkei/live.js.
std::string_view ReloadScript();

}  // namespace renkei
