// renkei-http.so: the HttpServer of http_server.h made with cpp-httplib. It
// carries requests and responses and decides nothing (site_server.cc does).
// Built apart from renkei_core: only `renkei serve` loads it.
#include <httplib.h>

#include <chrono>
#include <memory>
#include <thread>

#include "serve/http_server.h"

namespace renkei {

namespace {

/// Threads answering requests. Every open tab keeps one waiting in
/// /__renkei/wait, so there are more than cores; 20 parallel page loads plus a
/// dozen tabs still leave threads free.
constexpr size_t kThreads = 40;

class HttplibServer final : public HttpServer {
 public:
  explicit HttplibServer(HttpHandler* handler) : handler_(handler) {
    server_.new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
    // An idle keep-alive connection holds its thread until this passes, also
    // when stopping: keep it short so that Ctrl-C is quick.
    server_.set_keep_alive_timeout(1);
    // Every request is handled here, without httplib's regex routes: the one
    // catch-all route would run std::regex over every path.
    server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      HttpRequest request{req.method, req.path, req.target, {req.params.begin(), req.params.end()}};
      HttpResponse response;
      handler_->Handle(request, &response);
      res.status = response.status;
      for (const auto& [name, value] : response.headers) res.set_header(name, value);
      res.set_content(response.body, response.content_type);
      return httplib::Server::HandlerResponse::Handled;
    });
  }

  int Bind(int port) override {
    if (port == 0) return server_.bind_to_any_port("127.0.0.1");
    return server_.bind_to_port("127.0.0.1", port) ? port : -1;
  }
  bool Listen() override { return server_.listen_after_bind(); }
  bool Running() const override { return server_.is_running(); }
  void Stop() override { server_.stop(); }

 private:
  HttpHandler* handler_;
  httplib::Server server_;
};

}  // namespace

}  // namespace renkei

extern "C" __attribute__((visibility("default"))) renkei::HttpServer* renkei_make_http_server(
    renkei::HttpHandler* handler) {
  return new renkei::HttplibServer(handler);
}
