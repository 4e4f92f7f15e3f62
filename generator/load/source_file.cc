#include "load/source_file.h"

#include <system_error>

#include "util/encoding.h"
#include "util/file.h"
#include "util/hash.h"
#include "util/text.h"

namespace renkei {

namespace {

std::string NormalizeLineEnds(std::string s) {
  if (s.find('\r') == std::string::npos) return s;  // the usual case: no copy at all
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

int LineOfOffset(const std::string& s, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < s.size(); ++i)
    if (s[i] == '\n') ++line;
  return line;
}

}  // namespace

std::optional<SourceText> DecodeSource(std::string bytes, const std::string& display_path,
                                       Diagnostics& diags) {
  const size_t nul = bytes.find('\0');
  if (nul != std::string::npos) {
    diags.Error({display_path, LineOfOffset(bytes, nul), 0},
                "the file contains a NUL byte (is it a binary file?); save it as UTF-8 text");
    return std::nullopt;
  }
  SourceText out;
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) {
    bytes.erase(0, 3);
    out.encoding = SourceEncoding::kUtf8Bom;
  }
  if (IsValidUtf8(bytes)) {
    out.text = NormalizeLineEnds(std::move(bytes));
    return out;
  }
  std::optional<std::string> converted;
  if (out.encoding == SourceEncoding::kUtf8) converted = ConvertEncoding(bytes, "UTF-8", "CP932");
  if (!converted) {
    diags.Error({display_path, 0, 0},
                "the file is neither UTF-8 nor CP932 (Shift_JIS); save it as UTF-8 or as Excel's "
                "CSV");
    return std::nullopt;
  }
  out.encoding = SourceEncoding::kCp932;
  out.text = NormalizeLineEnds(std::move(*converted));
  return out;
}

bool IsSourceFile(std::string_view relative) {
  for (const std::string_view ext : {".md", ".csv", ".yaml"})
    if (relative.ends_with(ext)) return true;
  return false;
}

std::optional<SourceText> ReadSource(const std::string& path, const std::string& display_path,
                                     Diagnostics& diags, std::optional<uint64_t> expected) {
  std::string bytes;
  const FileRead r = ReadFileUpTo(path, kMaxSourceBytes, &bytes);
  switch (r.status) {
    case ReadStatus::kOk:
      if (expected && HashBytes(bytes) != *expected) {
        diags.Error({display_path, 0, 0},
                    "the file changed while renkei was building: build again");
        break;
      }
      return DecodeSource(std::move(bytes), display_path, diags);
    case ReadStatus::kIsDirectory:
      diags.Error({display_path, 0, 0}, "a directory is where a file belongs");
      break;
    case ReadStatus::kTooLarge:
      diags.Error({display_path, 0, 0}, "the file is too large (" + std::to_string(r.size >> 20) +
                                            " MB); renkei reads files up to " +
                                            std::to_string(kMaxSourceBytes >> 20) +
                                            " MB: split it into several files");
      break;
    case ReadStatus::kCannotOpen:
    case ReadStatus::kReadError:
      diags.Error(
          {display_path, 0, 0},
          "cannot read the file: " + std::error_code(r.error, std::generic_category()).message());
      break;
  }
  return std::nullopt;
}

}  // namespace renkei
