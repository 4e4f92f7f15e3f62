// Reading one input file as UTF-8 text, whatever Excel or an editor saved:
// UTF-8 with or without BOM, or CP932 (Shift_JIS as saved by Japanese
// Windows), CRLF or LF. Problems become diagnostics, never exceptions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/diagnostic.h"

namespace renkei {

enum class SourceEncoding { kUtf8, kUtf8Bom, kCp932 };

struct SourceText {
  std::string text;  ///< UTF-8 without BOM, line ends normalized to LF.
  SourceEncoding encoding = SourceEncoding::kUtf8;
};

/// Whether the loaders read the content file `relative` ("pages/a.md") as
/// text: pages, CSV and YAML records, not an image or a PDF beside them.
bool IsSourceFile(std::string_view relative);

/// Files larger than this are refused with a message instead of being read.
constexpr size_t kMaxSourceBytes = 100u << 20;

/// Converts raw bytes to SourceText. Reports (with `display_path`) a NUL byte
/// or bytes that are neither UTF-8 nor CP932, and returns std::nullopt.
std::optional<SourceText> DecodeSource(std::string bytes, const std::string& display_path,
                                       Diagnostics& diags);

/// Reads and decodes `path`. A directory where a file belongs, an unreadable
/// file or one over kMaxSourceBytes is reported and gives std::nullopt; so is
/// a file whose bytes do not have the hash `expected` (HashBytes), when given:
/// the build read it before, and it changed since.
std::optional<SourceText> ReadSource(const std::string& path, const std::string& display_path,
                                     Diagnostics& diags,
                                     std::optional<uint64_t> expected = std::nullopt);

}  // namespace renkei
