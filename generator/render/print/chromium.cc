#include "render/print/chromium.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "util/file.h"

namespace renkei {

namespace fs = std::filesystem;

namespace {

std::string ReadOutput(const fs::path& p) {
  std::string bytes;
  ReadFile(p.string(), &bytes);  // missing: Chromium wrote nothing
  return bytes;
}

// Runs argv with stdout and stderr to files in `dir`; kills the whole process
// group when it outlives the timeout.
ChromiumRun Run(std::vector<std::string> argv, const fs::path& dir, int timeout_seconds) {
  ChromiumRun r;
  const auto start = std::chrono::steady_clock::now();
  const std::string out_path = (dir / "stdout").string(), err_path = (dir / "stderr").string();
  pid_t pid = fork();
  if (pid < 0) {
    r.error = "cannot start a process";
    return r;
  }
  if (pid == 0) {
    setpgid(0, 0);
    const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int in = open("/dev/null", O_RDONLY);
    if (out < 0 || err < 0 || in < 0) _exit(126);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    std::vector<char*> args;
    for (std::string& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  setpgid(pid, pid);
  int status = 0;
  for (;;) {
    const pid_t w = waitpid(pid, &status, WNOHANG);
    if (w == pid) break;
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (w < 0 || elapsed > timeout_seconds) {
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      r.error = "Chromium did not finish within " + std::to_string(timeout_seconds) + " s";
      return r;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(-pid, SIGKILL);  // helpers Chromium left behind
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.output = ReadOutput(out_path);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string err = ReadOutput(err_path);
    if (err.size() > 400) err = err.substr(err.size() - 400);
    r.error = WIFEXITED(status) && WEXITSTATUS(status) == 127
                  ? "cannot run " + argv[0]
                  : "Chromium failed (exit status " +
                        std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + "): " + err;
    return r;
  }
  r.ok = true;
  return r;
}

ChromiumRun RunHeadless(const std::string& chromium, const std::string& action,
                        const std::string& html_path, int timeout_seconds) {
  char tmpl[] = "/tmp/renkei-chromium-XXXXXX";
  if (!mkdtemp(tmpl)) return {false, "cannot create a temporary directory", "", 0};
  const fs::path dir = tmpl;
  fs::create_directory(dir / "profile");
  std::vector<std::string> argv = {chromium,
                                   "--headless",
                                   "--no-sandbox",
                                   "--disable-gpu",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-sync",
                                   "--no-first-run",
                                   "--user-data-dir=" + (dir / "profile").string(),
                                   "--no-pdf-header-footer",
                                   action,
                                   fs::absolute(html_path).string()};
  ChromiumRun r = Run(argv, dir, timeout_seconds);
  std::error_code ec;
  fs::remove_all(dir, ec);
  return r;
}

}  // namespace

std::string FindChromium() {
  if (const char* env = std::getenv("RENKEI_CHROMIUM"); env && *env) return env;
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
      const fs::path p = fs::path(dir.empty() ? "." : dir) / name;
      if (access(p.c_str(), X_OK) == 0) return p.string();
    }
  }
  return "";
}

ChromiumRun PrintToPdf(const std::string& chromium, const std::string& html_path,
                       const std::string& pdf_path, int timeout_seconds) {
  std::error_code ec;
  fs::remove(pdf_path, ec);
  ChromiumRun r = RunHeadless(chromium, "--print-to-pdf=" + fs::absolute(pdf_path).string(),
                              html_path, timeout_seconds);
  if (r.ok && (!fs::is_regular_file(pdf_path, ec) || fs::file_size(pdf_path, ec) == 0)) {
    r.ok = false;
    r.error = "Chromium wrote no PDF at " + pdf_path;
  }
  return r;
}

ChromiumRun DumpDom(const std::string& chromium, const std::string& html_path,
                    int timeout_seconds) {
  ChromiumRun r = RunHeadless(chromium, "--dump-dom", html_path, timeout_seconds);
  if (r.ok && r.output.empty()) {
    r.ok = false;
    r.error = "Chromium returned no page for " + html_path;
  }
  return r;
}

}  // namespace renkei
