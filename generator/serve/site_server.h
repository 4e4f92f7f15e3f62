// The HTTP side of `renkei serve`: the output directory (static_files.h) with
// the reload script added to HTML pages, and the live-reload endpoints
// (live_reload.h), answered through the server that http_server.h loads.
// Listens on 127.0.0.1 only: a preview is for this machine.
#pragma once

#include <atomic>
#include <memory>
#include <string>

#include "serve/http_server.h"
#include "serve/live_reload.h"
#include "serve/static_files.h"

namespace renkei {

class SiteServer : private HttpHandler {
 public:
  SiteServer(std::string out_dir, LiveReload& live);
  ~SiteServer() override;
  SiteServer(const SiteServer&) = delete;
  SiteServer& operator=(const SiteServer&) = delete;

  /// "" when the server could be made, else why not (its module is missing).
  const std::string& error() const { return error_; }
  /// Binds 127.0.0.1:`port` (0: any free port). Returns the port bound, or -1
  /// (the port is taken or not allowed, or there is no server: error()).
  int Bind(int port);
  /// Serves requests, each on a thread of a pool, until Stop(). False when it
  /// could not run at all.
  bool Listen();
  /// Makes Listen() return; callable from any thread, also before Listen()
  /// has started. Requests in progress finish first.
  void Stop();

 private:
  void Handle(const HttpRequest& request, HttpResponse* response) override;
  /// A file of the site, HTML with the reload script added.
  void ServeFile(const std::string& target, HttpResponse* response) const;

  StaticFiles files_;
  LiveReload& live_;
  std::string error_;
  std::unique_ptr<HttpServer> server_;
  // Stop() may come from another thread before, while or after Listen() runs.
  std::atomic<bool> entered_{false}, stopping_{false}, returned_{false};
};

}  // namespace renkei
