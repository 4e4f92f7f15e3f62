// `renkei serve [--port 1313]`: build, serve the output directory on
// 127.0.0.1, rebuild when the content, templates or assets change, and reload
// the open pages. A failed rebuild is shown in the terminal and over the pages,
// while the last good site stays served (Build never touches it on errors).
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <system_error>
#include <thread>

#include "cli/build_options.h"
#include "cli/commands.h"
#include "serve/live_reload.h"
#include "serve/site_server.h"
#include "serve/watcher.h"

namespace renkei {

namespace fs = std::filesystem;

namespace {

constexpr const char* kUsageHint = " (see: renkei help serve)\n";
constexpr int kDefaultPort = 1313;
// A save is one burst of events within a few ms (an editor writing and
// renaming, a git checkout with no pause between files): the rebuild starts
// once the kernel has told of nothing for kSettle. 100 ms was a third of the
// time from a save to its page rebuilt at N = 10,000.
constexpr std::chrono::milliseconds kPollInterval(300), kSettle(40);

bool UsageError(const std::string& message) {
  std::cerr << "renkei serve: " << message << kUsageHint;
  return false;
}

/// Reads --port N from the flags ParseBuildOptions left; anything else there is
/// a usage error.
bool ParsePort(const std::vector<std::string>& rest, int* port) {
  for (size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] != "--port") {
      return UsageError(std::string("unknown ") +
                        (rest[i].starts_with("-") ? "option" : "argument") + " '" + rest[i] + "'");
    }
    if (i + 1 >= rest.size()) return UsageError("--port needs a value");
    const std::string& text = rest[++i];
    char* end = nullptr;
    const long n = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || n < 0 || n > 65535)
      return UsageError("--port wants a number from 0 (any free port) to 65535, not '" + text +
                        "'");
    *port = static_cast<int>(n);
  }
  return true;
}

/// The absolute, normalized form of `path`, for comparing paths.
std::string Absolute(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  return (ec ? fs::path(path) : p).lexically_normal().string();
}

/// The output directory and its staging siblings (out.staging-XXXXXX) change
/// with every build: watching them would rebuild for ever when they lie inside
/// a watched folder (--content . --out site_out).
Watcher::Ignore IgnoreOutput(const std::string& out_dir) {
  std::string out = Absolute(out_dir);
  while (out.size() > 1 && out.ends_with('/')) out.pop_back();
  return [out](const std::string& path) {
    const std::string p = Absolute(path);
    return p == out || (p.starts_with(out) && (p[out.size()] == '/' || p[out.size()] == '.'));
  };
}

/// Builds once, prints what the build said, and tells the open pages.
void BuildAndReport(const BuildOptions& opt, LiveReload& live) {
  std::ostringstream msg;
  BuildSummary summary;
  try {
    summary = Build(opt, msg);
  } catch (const std::exception& e) {
    // One bad rebuild must not end the session; the next edit may fix it.
    msg << "renkei serve: internal error: " << e.what() << "\n";
    summary.exit_code = kExitDataError;
  }
  std::cout << msg.str() << std::flush;
  const bool ok = summary.exit_code == kExitOk;
  live.Built(ok && !summary.up_to_date, ok ? "" : msg.str());
}

/// The watcher thread: waits for edits, rebuilds, until `stop`.
void RebuildOnChange(const BuildOptions& opt, Watcher& watcher, LiveReload& live,
                     const std::atomic<bool>& stop) {
  for (;;) {
    const std::vector<std::string> changed = WaitForChanges(watcher, stop, kPollInterval, kSettle);
    if (changed.empty()) return;
    std::cout << "changed: " << changed.front();
    if (changed.size() > 1) std::cout << " and " << changed.size() - 1 << " more";
    std::cout << std::endl;
    BuildAndReport(opt, live);
  }
}

/// Blocks SIGINT and SIGTERM in this thread and every thread started after,
/// so that they wait for sigwait() in the main thread instead of killing the
/// process mid-build. Returns the previous mask.
sigset_t BlockStopSignals(sigset_t* stop_signals) {
  sigemptyset(stop_signals);
  sigaddset(stop_signals, SIGINT);
  sigaddset(stop_signals, SIGTERM);
  sigset_t old;
  pthread_sigmask(SIG_BLOCK, stop_signals, &old);
  // A shell starts background jobs with SIGINT ignored, and an ignored signal
  // is dropped before sigwait() could see it: `kill -INT` must still stop us.
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  // A browser closing a connection mid-response must not end the server.
  signal(SIGPIPE, SIG_IGN);
  return old;
}

std::vector<std::string> WatchedRoots(const BuildOptions& opt) {
  std::vector<std::string> roots = {opt.content};
  // Empty when the directory does not exist: the built-in files are used then.
  for (const std::string& dir : {opt.settings.templates_dir, opt.settings.assets_dir})
    if (!dir.empty()) roots.push_back(dir);
  return roots;
}

}  // namespace

int RunServe(const std::vector<std::string>& args) {
  BuildOptions opt;
  std::vector<std::string> rest;
  if (!ParseBuildOptions(args, "serve", &opt, &rest)) return kExitUsage;
  int port = kDefaultPort;
  if (!ParsePort(rest, &port)) return kExitUsage;
  if (opt.pdf) {
    UsageError("--pdf is for `renkei build`, not serve");
    return kExitUsage;
  }

  sigset_t stop_signals;
  const sigset_t old_mask = BlockStopSignals(&stop_signals);
  LiveReload live;
  SiteServer server(opt.settings.out_dir, live);
  if (!server.error().empty()) {
    std::cerr << "renkei serve: " << server.error() << "\n";
    pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
    return kExitUsage;
  }
  // Bound before the first build: a port in use is reported at once.
  const int bound = server.Bind(port);
  if (bound < 0) {
    std::cerr << "renkei serve: cannot listen on 127.0.0.1:" << port
              << " (is another server using it? try --port 0 for any free port)\n";
    pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
    return kExitUsage;
  }

  // The first snapshot comes before the first build, so that an edit made
  // while it runs is built next.
  Watcher watcher(WatchedRoots(opt), IgnoreOutput(opt.settings.out_dir));
  BuildAndReport(opt, live);
  std::string shown = opt.settings.out_dir;
  if (!shown.ends_with('/')) shown += '/';
  std::cout << "serving " << shown << " at http://127.0.0.1:" << bound << "/ (Ctrl-C stops)"
            << std::endl;

  std::atomic<bool> stop{false}, listen_failed{false};
  std::thread http([&] {
    if (!server.Listen()) {
      listen_failed = true;
      kill(getpid(), SIGTERM);  // wake the sigwait below
    }
  });
  std::thread rebuild;
  try {
    rebuild = std::thread([&] { RebuildOnChange(opt, watcher, live, stop); });
  } catch (const std::system_error&) {
    // No thread to spare: the session cannot watch, so it ends (with a
    // message, from main) instead of serving what it cannot keep up to date.
    server.Stop();
    http.join();
    throw;
  }

  int sig = 0;
  sigwait(&stop_signals, &sig);
  stop = true;
  server.Stop();
  http.join();
  rebuild.join();  // a build in progress finishes: the output stays whole
  pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
  if (listen_failed) {
    std::cerr << "renkei serve: the server stopped unexpectedly\n";
    return kExitDataError;
  }
  std::cout << "stopped" << std::endl;
  return kExitOk;
}

}  // namespace renkei
