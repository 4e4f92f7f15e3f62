// QR codes as inline SVG (libqrencode), for the link from a leaflet to the website.
#pragma once

#include <string>
#include <string_view>

namespace renkei {

/// An <svg> of the QR code for `text` (error correction level M, 4-module
/// quiet zone), `size_mm` wide and high, dark modules as one path. Returns ""
/// and sets `*error` when libqrencode cannot encode it (too long).
std::string QrSvg(std::string_view text, double size_mm, std::string* error);

}  // namespace renkei
