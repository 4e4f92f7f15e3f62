// The HTTP side of `renkei serve`: the output directory (static_files.h) with
// the reload script added to HTML pages, and the live-reload endpoints
// (live_reload.h). Listens on 127.0.0.1 only: a preview is for this machine.
#pragma once

#include <atomic>
#include <memory>
#include <string>

#include "serve/live_reload.h"
#include "serve/static_files.h"

namespace httplib {
class Server;
struct Response;
}  // namespace httplib

namespace renkei {

class SiteServer {
 public:
  SiteServer(std::string out_dir, LiveReload& live);
  ~SiteServer();
  SiteServer(const SiteServer&) = delete;
  SiteServer& operator=(const SiteServer&) = delete;

  /// Binds 127.0.0.1:`port` (0: any free port). Returns the port bound, or -1
  /// (the port is taken or not allowed).
  int Bind(int port);
  /// Serves requests, each on a thread of a pool, until Stop(). False when it
  /// could not run at all.
  bool Listen();
  /// Makes Listen() return; callable from any thread, also before Listen()
  /// has started. Requests in progress finish first.
  void Stop();

 private:
  void Route();
  /// A file of the site, HTML with the reload script added.
  void ServeFile(const std::string& target, httplib::Response& res) const;

  StaticFiles files_;
  LiveReload& live_;
  std::unique_ptr<httplib::Server> server_;
  // Stop() may come from another thread before, while or after Listen() runs.
  std::atomic<bool> entered_{false}, stopping_{false}, returned_{false};
};

}  // namespace renkei
