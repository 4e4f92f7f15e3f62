#include "util/file.h"

#include <fstream>
#include <sstream>

namespace renkei {

bool ReadFile(const std::string& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  const std::streamoff size = in.tellg();
  if (size < 0) return false;
  in.seekg(0);
  bytes->assign(static_cast<size_t>(size), '\0');
  in.read(bytes->data(), size);
  bytes->resize(static_cast<size_t>(in.gcount()));
  if (in && in.peek() != std::char_traits<char>::eof()) {
    std::ostringstream rest;
    rest << in.rdbuf();
    *bytes += std::move(rest).str();
  }
  return !in.bad();
}

}  // namespace renkei
