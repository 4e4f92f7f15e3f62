// Any bytes as a load cache entry (.renkei/load/, which lives in the output
// and may be damaged): the records and a page decode or are refused, never
// read past the bytes or allocate without bound.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "load/library_archive.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  renkei::Library lib;
  renkei::LoadedRecords diags;
  renkei::DecodeRecords(bytes, &lib, &diags);
  renkei::LoadedPage page;
  renkei::DecodePage(bytes, &page);
  return 0;
}
