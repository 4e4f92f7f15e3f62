// Headless Chromium, run as a child process: print HTML to PDF and measure
// the laid-out panels. Every run gets a fresh profile directory and no
// network; Chromium exits 0 even when it failed, so results are checked.
#pragma once

#include <string>
#include <vector>

namespace renkei {

/// $RENKEI_CHROMIUM when set, else the first of chromium, chromium-browser,
/// google-chrome on $PATH; "" when there is none.
std::string FindChromium();

struct ChromiumRun {
  bool ok = false;
  std::string error;   ///< Why it failed (timeout, exit status, no output).
  std::string output;  ///< stdout (the DOM for DumpDom).
  double seconds = 0;
};

/// Prints `html_path` to `pdf_path` (@page sizes, no header or footer).
ChromiumRun PrintToPdf(const std::string& chromium, const std::string& html_path,
                       const std::string& pdf_path, int timeout_seconds = 120);

/// Loads `html_path`, runs its scripts, and returns the DOM in `output`.
ChromiumRun DumpDom(const std::string& chromium, const std::string& html_path,
                    int timeout_seconds = 120);

}  // namespace renkei
