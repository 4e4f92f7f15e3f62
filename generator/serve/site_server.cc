#include "serve/site_server.h"

#include <chrono>
#include <cstdlib>
#include <thread>

namespace renkei {

namespace {

/// How long /__renkei/wait holds a request when nothing changes; the script
/// then asks again. Below the browsers' and proxies' idle timeouts.
constexpr std::chrono::seconds kWaitTimeout(25);

uint64_t ParseVersion(const std::string& text) {
  char* end = nullptr;
  const unsigned long long v = std::strtoull(text.c_str(), &end, 10);
  return (text.empty() || *end != '\0') ? 0 : v;
}

}  // namespace

SiteServer::SiteServer(std::string out_dir, LiveReload& live)
    : files_(std::move(out_dir)), live_(live), server_(LoadHttpServer(this, &error_)) {}

SiteServer::~SiteServer() = default;

int SiteServer::Bind(int port) { return server_ ? server_->Bind(port) : -1; }

bool SiteServer::Listen() {
  entered_ = true;
  if (stopping_) return true;
  const bool ok = server_ && server_->Listen();
  returned_ = true;
  return ok;
}

void SiteServer::Stop() {
  stopping_ = true;
  live_.Stop();                       // long polls hold pool threads that the server joins
  if (!entered_ || !server_) return;  // Listen() will see stopping_ and not start
  // httplib's stop() does nothing until the accept loop runs.
  while (!server_->Running() && !returned_)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  server_->Stop();
}

void SiteServer::Handle(const HttpRequest& req, HttpResponse* res) {
  res->headers.emplace_back("Cache-Control", "no-store");  // a preview is always fresh
  const auto text = [res](std::string body, const char* type) {
    res->body = std::move(body);
    res->content_type = type;
  };
  if (req.method != "GET" && req.method != "HEAD") {
    res->status = 405;
    res->headers.emplace_back("Allow", "GET, HEAD");
    text("405 method not allowed\n", "text/plain; charset=utf-8");
  } else if (req.path == "/__renkei/live.js") {
    text(std::string(ReloadScript()), "text/javascript; charset=utf-8");
  } else if (req.path == "/__renkei/wait") {
    const LiveReload::State s = live_.Wait(ParseVersion(req.Param("v")), kWaitTimeout);
    text(StateJson(s), "application/json");
  } else if (req.path == "/__renkei/status") {
    text(StateJson(live_.Current()), "application/json");
  } else {
    ServeFile(req.target, res);
  }
}

void SiteServer::ServeFile(const std::string& target, HttpResponse* res) const {
  // The site version is read before the file: a page read from a newer site
  // than its tag says reloads once more, never the other way round.
  const uint64_t site = live_.Current().site;
  StaticResponse r = files_.Get(target);
  res->status = r.status;
  if (!r.location.empty()) res->headers.emplace_back("Location", r.location);
  if (r.content_type.starts_with("text/html")) r.body = InjectReloadScript(std::move(r.body), site);
  res->body = std::move(r.body);
  res->content_type = std::move(r.content_type);
}

}  // namespace renkei
