#include "serve/http_server.h"

#include <dlfcn.h>

#include <filesystem>
#include <system_error>

namespace renkei {

std::string HttpRequest::Param(const std::string& name) const {
  for (const auto& [key, value] : params)
    if (key == name) return value;
  return "";
}

std::unique_ptr<HttpServer> LoadHttpServer(HttpHandler* handler, std::string* error) {
  std::error_code ec;
  const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) {
    *error = "cannot find the running program: " + ec.message();
    return nullptr;
  }
  const std::string module = (program.parent_path() / kHttpModule).string();
  // Never unloaded: the server's code must stay while any of it may run.
  void* handle = ::dlopen(module.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = ::dlerror();
    *error = "cannot load " + module + " (it is built beside renkei): " + (why ? why : "?");
    return nullptr;
  }
  auto* make = reinterpret_cast<MakeHttpServerFunction*>(::dlsym(handle, kMakeHttpServer));
  if (make == nullptr) {
    *error = module + " has no " + kMakeHttpServer + ": is it renkei's?";
    return nullptr;
  }
  return std::unique_ptr<HttpServer>(make(handler));
}

}  // namespace renkei
