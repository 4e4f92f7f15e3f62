// Images of pamphlets as data: URIs, so a leaflet is one self-contained file.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace renkei {

/// Standard base64 with padding.
std::string Base64(std::string_view bytes);

/// "image/png" etc. for a file name ending in .svg .png .jpg .jpeg .gif .webp; "" otherwise.
std::string ImageMimeType(std::string_view path);

/// The bytes of assets/<relative>: from `assets_dir` when the file is there,
/// else the copy shipped inside renkei; std::nullopt when neither has it.
std::optional<std::string> ReadAsset(const std::string& assets_dir, const std::string& relative);

}  // namespace renkei
