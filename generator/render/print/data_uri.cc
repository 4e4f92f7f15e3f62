#include "render/print/data_uri.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "render/embedded_files.h"

namespace renkei {

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) |
                       (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(v >> shift) & 63];
  }
  if (i < bytes.size()) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string ImageMimeType(std::string_view path) {
  if (path.ends_with(".svg")) return "image/svg+xml";
  if (path.ends_with(".png")) return "image/png";
  if (path.ends_with(".jpg") || path.ends_with(".jpeg")) return "image/jpeg";
  if (path.ends_with(".gif")) return "image/gif";
  if (path.ends_with(".webp")) return "image/webp";
  return "";
}

std::optional<std::string> ReadAsset(const std::string& assets_dir, const std::string& relative) {
  if (!assets_dir.empty()) {
    const std::filesystem::path p = std::filesystem::path(assets_dir) / relative;
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec)) {
      std::ifstream in(p, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      if (in) return s.str();
    }
  }
  const std::string embedded = "assets/" + relative;
  for (const EmbeddedFile& f : EmbeddedFiles())
    if (f.path == embedded) return std::string(f.bytes);
  return std::nullopt;
}

}  // namespace renkei
