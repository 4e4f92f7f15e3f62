// The files `renkei serve` hands out: only regular files under the output
// directory, looked up by path on every request (a build swaps the whole
// directory in by rename, so a handle to the old one would serve a stale site).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace renkei {

/// Decodes %XX escapes of a URL path into `out`. False for a malformed escape
/// (% not followed by two hex digits). '+' stays '+': it means a space only in
/// query strings.
bool PercentDecode(std::string_view in, std::string* out);

/// The file under the output directory that a decoded URL path names, relative
/// to it: "/" is "index.html", "/news/" is "news/index.html". nullopt when the
/// path is refused: not starting with '/', NUL, backslash, "..", "." or any part
/// starting with '.' (hidden files such as .renkei/manifest are not the site).
std::optional<std::string> RelativePathFor(std::string_view url_path);

/// The Content-Type for a file name, by its extension (text types in UTF-8);
/// application/octet-stream for one it does not know.
std::string_view ContentTypeFor(std::string_view path);

/// An answer to one request, for the HTTP server to send as it is.
struct StaticResponse {
  int status = 200;
  std::string body;
  std::string content_type;
  std::string location;  ///< For redirects (301): where to go instead.
};

/// Looks requests up under one output directory.
class StaticFiles {
 public:
  explicit StaticFiles(std::string out_dir) : out_dir_(std::move(out_dir)) {}

  /// The answer to a GET of `target` (the raw request target, query included):
  /// 200 with the file; 301 to "/x/" for a folder asked as "/x"; 400 for a
  /// malformed escape; 403 for a refused path (see RelativePathFor) or a
  /// symbolic link leading out of the output directory; 404 with the site's
  /// own 404.html when there is one.
  StaticResponse Get(std::string_view target) const;

 private:
  enum class Found { kFile, kFolder, kMissing, kOutside };
  /// Reads `relative` when it resolves to a regular file inside the output
  /// directory, following links only while they stay inside it.
  Found Read(const std::string& relative, std::string* bytes) const;
  Found ReadOnce(const std::string& relative, std::string* bytes) const;
  StaticResponse NotFound() const;

  std::string out_dir_;
};

}  // namespace renkei
