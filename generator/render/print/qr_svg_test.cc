#include "render/print/qr_svg.h"

#include <catch2/catch.hpp>

namespace renkei {

TEST_CASE("QR code as inline SVG", "[print]") {
  std::string error;
  const std::string svg = QrSvg("https://renkei.example.jp/tokyo/", 28, &error);
  CHECK(error.empty());
  CHECK(svg.starts_with("<svg class=\"qr\""));
  CHECK(svg.find("width=\"28mm\"") != std::string::npos);
  // Version 3 (29 modules) plus a 4-module quiet zone on each side.
  CHECK(svg.find("viewBox=\"0 0 37 37\"") != std::string::npos);
  // The top-left finder pattern: a run of 7 dark modules at the quiet zone.
  CHECK(svg.find("M4 4h7v1h-7z") != std::string::npos);
  CHECK(svg.find("aria-label=\"QRコード: https://renkei.example.jp/tokyo/\"") != std::string::npos);
}

TEST_CASE("QR text is escaped in the label", "[print]") {
  std::string error;
  const std::string svg = QrSvg("https://e.jp/?a=1&b=\"2\"", 20, &error);
  CHECK(svg.find("a=1&amp;b=&quot;2&quot;") != std::string::npos);
  CHECK(svg.find("b=\"2\"") == std::string::npos);
}

TEST_CASE("QR too long is an error", "[print]") {
  std::string error;
  CHECK(QrSvg(std::string(8000, 'a'), 20, &error).empty());
  CHECK(!error.empty());
}

}  // namespace renkei
