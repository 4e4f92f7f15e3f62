#include "util/encoding.h"

#include <iconv.h>

namespace renkei {

std::optional<std::string> ConvertEncoding(const std::string& in, const char* to,
                                           const char* from) {
  iconv_t cd = iconv_open(to, from);
  // iconv_open reports failure as (iconv_t)-1, an integer cast to a pointer.
  // NOLINTNEXTLINE(performance-no-int-to-ptr)
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  // Three bytes per input byte is enough for any CP932 -> UTF-8 and UTF-8 -> CP932.
  std::string out(in.size() * 3 + 16, '\0');
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  char* dst = out.data();
  size_t dst_left = out.size();
  const size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
  iconv_close(cd);
  if (rc == static_cast<size_t>(-1) || src_left != 0) return std::nullopt;
  out.resize(out.size() - dst_left);
  return out;
}

}  // namespace renkei
