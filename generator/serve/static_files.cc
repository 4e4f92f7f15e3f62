#include "serve/static_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <thread>
#include <utility>

namespace renkei {

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// realpath(3) as a string; "" when the path does not resolve.
std::string RealPath(const std::string& path) {
  char buf[PATH_MAX];
  if (!realpath(path.c_str(), buf)) return "";
  return buf;
}

bool IsInside(const std::string& path, const std::string& root) {
  return path.size() > root.size() + 1 && path.starts_with(root) && path[root.size()] == '/';
}

bool ReadAll(int fd, std::string* bytes) {
  bytes->clear();
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes->append(buf, static_cast<size_t>(n));
  }
}

StaticResponse Plain(int status, std::string text) {
  return {status, std::move(text) + "\n", "text/plain; charset=utf-8", ""};
}

}  // namespace

bool PercentDecode(std::string_view in, std::string* out) {
  out->clear();
  out->reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out->push_back(in[i]);
      continue;
    }
    if (i + 2 >= in.size()) return false;
    const int hi = HexValue(in[i + 1]), lo = HexValue(in[i + 2]);
    if (hi < 0 || lo < 0) return false;
    out->push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return true;
}

std::optional<std::string> RelativePathFor(std::string_view url_path) {
  if (!url_path.starts_with('/')) return std::nullopt;
  std::string relative(url_path.substr(1));
  // Every part must be a plain name: no "", ".", ".." or hidden file, and no
  // character that a file system reads as something else.
  size_t start = 0;
  while (start < relative.size()) {
    size_t end = relative.find('/', start);
    if (end == std::string::npos) end = relative.size();
    std::string_view part(relative.data() + start, end - start);
    if (part.empty() || part.starts_with('.') || part.find('\\') != part.npos ||
        part.find('\0') != part.npos)
      return std::nullopt;
    start = end + 1;
  }
  if (relative.empty() || relative.ends_with('/')) relative += "index.html";
  return relative;
}

std::string_view ContentTypeFor(std::string_view path) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".json", "application/json"},
      {".xml", "application/xml"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".csv", "text/csv; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".pdf", "application/pdf"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".webmanifest", "application/manifest+json"},
  };
  for (const auto& [ext, type] : kTypes)
    if (path.size() > ext.size() && path.ends_with(ext)) return type;
  return "application/octet-stream";
}

StaticResponse StaticFiles::Get(std::string_view target) const {
  const std::string_view raw_path = target.substr(0, target.find_first_of("?#"));
  std::string path;
  if (!PercentDecode(raw_path, &path)) return Plain(400, "400 bad request: malformed % escape");
  const std::optional<std::string> relative = RelativePathFor(path);
  if (!relative) return Plain(403, "403 forbidden: not a path of this site");
  StaticResponse r;
  switch (Read(*relative, &r.body)) {
    case Found::kFile:
      r.content_type = ContentTypeFor(*relative);
      return r;
    case Found::kFolder:
      // Relative links in the folder's index.html resolve against "/x/", not "/x".
      r.status = 301;
      r.location = std::string(raw_path) + "/";
      r.body = "moved to " + r.location + "\n";
      r.content_type = "text/plain; charset=utf-8";
      return r;
    case Found::kOutside:
      return Plain(403, "403 forbidden: the file is outside the site");
    case Found::kMissing:
      break;
  }
  return NotFound();
}

StaticResponse StaticFiles::NotFound() const {
  StaticResponse r;
  r.status = 404;
  if (Read("404.html", &r.body) == Found::kFile) {
    r.content_type = ContentTypeFor("404.html");
    return r;
  }
  return Plain(404, "404 not found");
}

StaticFiles::Found StaticFiles::Read(const std::string& relative, std::string* bytes) const {
  const Found found = ReadOnce(relative, bytes);
  if (found != Found::kMissing) return found;
  // A build may be renaming the new site into place at this very moment: the
  // output directory is then briefly absent. Look once more.
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  return ReadOnce(relative, bytes);
}

StaticFiles::Found StaticFiles::ReadOnce(const std::string& relative, std::string* bytes) const {
  const std::string root = RealPath(out_dir_);
  if (root.empty()) return Found::kMissing;
  // Links are followed, but wherever they lead must still be under the root.
  const std::string resolved = RealPath(root + "/" + relative);
  if (resolved.empty()) return Found::kMissing;
  if (!IsInside(resolved, root)) return Found::kOutside;
  // O_NONBLOCK: opening a FIFO must not hang the request; O_NOFOLLOW: the
  // resolved path has no links left, so one appearing now is a race, refused.
  const int fd = open(resolved.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) return Found::kMissing;
  struct stat st;
  Found found = Found::kMissing;
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode))
      found = Found::kFolder;
    else if (S_ISREG(st.st_mode) && ReadAll(fd, bytes))
      found = Found::kFile;
  }
  close(fd);
  return found;
}

}  // namespace renkei
