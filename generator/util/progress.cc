#include "util/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace renkei {

namespace {

bool IsTerminal(const std::ostream* s) {
  if (s == &std::cerr) return ::isatty(STDERR_FILENO) == 1;
  if (s == &std::cout) return ::isatty(STDOUT_FILENO) == 1;
  return false;
}

}  // namespace

Progress::Progress(std::ostream* tty) : out_(IsTerminal(tty) ? tty : nullptr) {}

void Progress::Phase(const char* name) {
  if (!out_) return;
  {
    std::lock_guard<std::mutex> lock(mu_);
    phase_ = name;
  }
  Draw(true);
}

void Progress::Tick(size_t n) {
  if (!out_) return;
  done_ += n;
  Draw(false);
}

void Progress::Draw(bool force) {
  const auto now = std::chrono::steady_clock::now();
  const int64_t ms = std::chrono::duration_cast<std::chrono::milliseconds>(now - start_).count();
  if (!force && ms - last_draw_ms_.load() < 100) return;
  std::unique_lock<std::mutex> lock(mu_, std::try_to_lock);
  if (!lock.owns_lock()) return;  // another thread is drawing this very moment
  last_draw_ms_ = ms;
  char line[160];
  const size_t total = total_.load(), done = std::min(done_.load(), total);
  if (total > 0)
    std::snprintf(line, sizeof line, "\r%s: %zu/%zu pages  %.1f s\x1b[K", phase_.c_str(), done,
                  total, static_cast<double>(ms) / 1000);
  else
    std::snprintf(line, sizeof line, "\r%s  %.1f s\x1b[K", phase_.c_str(),
                  static_cast<double>(ms) / 1000);
  *out_ << line << std::flush;
  drawn_ = true;
}

void Progress::Clear() {
  if (!out_) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (drawn_) *out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

}  // namespace renkei
