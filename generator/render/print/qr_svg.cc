#include "render/print/qr_svg.h"

#include <qrencode.h>

#include <memory>

#include "render/markdown.h"
#include "render/print/layout.h"

namespace renkei {

namespace {

constexpr int kQuietZone = 4;

struct QrDeleter {
  void operator()(QRcode* q) const { QRcode_free(q); }
};

}  // namespace

std::string QrSvg(std::string_view text, double size_mm, std::string* error) {
  const std::string data(text);
  std::unique_ptr<QRcode, QrDeleter> qr(QRcode_encodeString8bit(data.c_str(), 0, QR_ECLEVEL_M));
  if (!qr) {
    *error = "the QR code cannot hold \"" + data.substr(0, 60) + "\" (too long?)";
    return "";
  }
  const int n = qr->width, total = n + 2 * kQuietZone;
  std::string path;
  for (int y = 0; y < n; ++y) {
    for (int x = 0; x < n;) {
      if (!(qr->data[y * n + x] & 1)) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < n && (qr->data[y * n + x + run] & 1)) ++run;
      path += "M" + std::to_string(x + kQuietZone) + " " + std::to_string(y + kQuietZone) + "h" +
              std::to_string(run) + "v1h-" + std::to_string(run) + "z";
      x += run;
    }
  }
  const std::string t = std::to_string(total);
  return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + Mm(size_mm) +
         "mm\" height=\"" + Mm(size_mm) + "mm\" viewBox=\"0 0 " + t + " " + t +
         "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QRコード: " +
         EscapeHtml(data) + "\"><rect width=\"" + t + "\" height=\"" + t +
         "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
}

}  // namespace renkei
