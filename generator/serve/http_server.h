// The HTTP server under `renkei serve`, behind an interface. cpp-httplib, and
// the OpenSSL, zlib and brotli it brings, live in a module of their own
// (renkei-http.so beside the program, httplib_module.cc) that only `renkei
// serve` loads: linked into the program they took 2 ms of the start of every
// command, a twentieth of a no-change rebuild (bench/README.md, session 15).
// The module only carries requests and responses; what is answered is
// decided here, in the program (site_server.h).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace renkei {

struct HttpRequest {
  std::string method;  ///< "GET"
  std::string path;    ///< "/news/", decoded, without the query
  std::string target;  ///< "/news/?v=1", as sent
  std::vector<std::pair<std::string, std::string>> params;  ///< The query's, decoded.
  /// The value of the query parameter `name`; "" when absent.
  std::string Param(const std::string& name) const;
};

struct HttpResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string content_type, body;
};

/// Answers requests; called on many threads at once.
class HttpHandler {
 public:
  virtual ~HttpHandler() = default;
  virtual void Handle(const HttpRequest& request, HttpResponse* response) = 0;
};

/// A server on 127.0.0.1 handing every request to one HttpHandler.
class HttpServer {
 public:
  virtual ~HttpServer() = default;
  /// Binds 127.0.0.1:`port` (0: any free port): the port bound, or -1.
  virtual int Bind(int port) = 0;
  /// Serves until Stop(); false when it could not run at all.
  virtual bool Listen() = 0;
  /// True once Listen() is accepting connections.
  virtual bool Running() const = 0;
  /// Makes Listen() return; requests in progress finish first.
  virtual void Stop() = 0;
};

/// The module's one entry point, looked up by this name: a server answering
/// with `handler`, which outlives it.
using MakeHttpServerFunction = HttpServer*(HttpHandler* handler);
inline constexpr const char* kMakeHttpServer = "renkei_make_http_server";
inline constexpr const char* kHttpModule = "renkei-http.so";

/// A server from the module in the running program's folder; null, with
/// `*error` saying why, when it cannot be loaded.
std::unique_ptr<HttpServer> LoadHttpServer(HttpHandler* handler, std::string* error);

}  // namespace renkei
