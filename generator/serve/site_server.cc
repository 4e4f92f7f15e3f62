#include "serve/site_server.h"

#include <httplib.h>

#include <chrono>
#include <cstdlib>
#include <thread>

namespace renkei {

namespace {

using Handled = httplib::Server::HandlerResponse;

/// Threads answering requests. Every open tab keeps one waiting in
/// /__renkei/wait, so there are more than cores; 20 parallel page loads plus a
/// dozen tabs still leave threads free.
constexpr size_t kThreads = 40;
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
    : files_(std::move(out_dir)), live_(live), server_(std::make_unique<httplib::Server>()) {
  server_->new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
  // An idle keep-alive connection holds its thread until this passes, also
  // when stopping: keep it short so that Ctrl-C is quick.
  server_->set_keep_alive_timeout(1);
  Route();
}

SiteServer::~SiteServer() = default;

int SiteServer::Bind(int port) {
  if (port == 0) return server_->bind_to_any_port("127.0.0.1");
  return server_->bind_to_port("127.0.0.1", port) ? port : -1;
}

bool SiteServer::Listen() {
  entered_ = true;
  if (stopping_) return true;
  const bool ok = server_->listen_after_bind();
  returned_ = true;
  return ok;
}

void SiteServer::Stop() {
  stopping_ = true;
  live_.Stop();           // long polls hold pool threads that the server joins
  if (!entered_) return;  // Listen() will see stopping_ and not start
  // httplib's stop() does nothing until the accept loop runs.
  while (!server_->is_running() && !returned_)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  server_->stop();
}

void SiteServer::Route() {
  // Every request is routed here, without httplib's regex routes: the one
  // catch-all route would run std::regex over every path.
  server_->set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");  // a preview is always fresh
    if (req.method != "GET" && req.method != "HEAD") {
      res.status = 405;
      res.set_header("Allow", "GET, HEAD");
      res.set_content("405 method not allowed\n", "text/plain; charset=utf-8");
    } else if (req.path == "/__renkei/live.js") {
      const std::string_view script = ReloadScript();
      res.set_content(script.data(), script.size(), "text/javascript; charset=utf-8");
    } else if (req.path == "/__renkei/wait") {
      const LiveReload::State s = live_.Wait(ParseVersion(req.get_param_value("v")), kWaitTimeout);
      res.set_content(StateJson(s), "application/json");
    } else if (req.path == "/__renkei/status") {
      res.set_content(StateJson(live_.Current()), "application/json");
    } else {
      ServeFile(req.target, res);
    }
    return Handled::Handled;
  });
}

void SiteServer::ServeFile(const std::string& target, httplib::Response& res) const {
  // The site version is read before the file: a page read from a newer site
  // than its tag says reloads once more, never the other way round.
  const uint64_t site = live_.Current().site;
  StaticResponse r = files_.Get(target);
  res.status = r.status;
  if (!r.location.empty()) res.set_header("Location", r.location);
  if (r.content_type.starts_with("text/html")) r.body = InjectReloadScript(std::move(r.body), site);
  res.set_content(r.body, r.content_type);
}

}  // namespace renkei
