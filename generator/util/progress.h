// The one updating status line of a long build on a terminal: phase, files
// done of the total known so far, and elapsed time. Silent when the stream is
// not a terminal (CI logs get the summary line only) or with --quiet.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

namespace renkei {

class Progress {
 public:
  /// `tty` is where the line goes; nullptr, or a stream that is not a
  /// terminal (checked for std::cerr and std::cout), makes every call a no-op.
  explicit Progress(std::ostream* tty);
  ~Progress() { Clear(); }

  void Phase(const char* name);
  /// More work announced (pages found, workbooks planned...).
  void AddTotal(size_t n) { total_ += n; }
  /// Pages done; thread-safe, and cheap: the line is redrawn at most 10 times a second.
  void Tick(size_t n = 1);
  /// Erases the line, before other output is printed.
  void Clear();

 private:
  void Draw(bool force);

  std::ostream* out_ = nullptr;
  std::mutex mu_;  // one writer of the line at a time
  std::string phase_;
  std::atomic<size_t> done_{0}, total_{0};
  std::atomic<int64_t> last_draw_ms_{-1000};
  bool drawn_ = false;
  const std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace renkei
