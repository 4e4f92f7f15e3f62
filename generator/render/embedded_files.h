// The shipped templates/ and assets/ files, embedded in the binary at build
// time (cmake/embed_files.cmake), so `renkei build` needs no source tree.
#pragma once

#include <string_view>
#include <vector>

namespace renkei {

struct EmbeddedFile {
  std::string_view path;   ///< Relative to the repository, e.g. "templates/layout.mustache".
  std::string_view bytes;  ///< The file's contents.
};

/// Every embedded file, sorted by path.
const std::vector<EmbeddedFile>& EmbeddedFiles();

}  // namespace renkei
