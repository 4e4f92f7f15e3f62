#include "render/xlsx/xlsx_library.h"

#include <dlfcn.h>

namespace renkei::xlsx {

namespace {

/// The library's file name with its ABI version (CMakeLists.txt reads it from
/// the library renkei was built against), so that another version's
/// incompatible functions are never loaded in its place.
constexpr const char* kLibrary = RENKEI_XLSXWRITER_SONAME;

struct Loaded {
  XlsxFunctions functions;
  std::string error;
};

Loaded Load() {
  Loaded loaded;
  // Never unloaded: a workbook may be written until the program ends.
  void* handle = ::dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = ::dlerror();
    loaded.error = std::string("cannot load ") + kLibrary + ", needed to write the report " +
                   "workbooks (Debian package libxlsxwriter4): " + (why ? why : "?");
    return loaded;
  }
  // dlsym gives each function as a data pointer, which POSIX lets be one to code.
#define RENKEI_XLSX_LOOKUP(name)                                                       \
  loaded.functions.name = reinterpret_cast<decltype(&::name)>(::dlsym(handle, #name)); \
  if (loaded.functions.name == nullptr && loaded.error.empty())                        \
    loaded.error = std::string(kLibrary) + " has no function " #name;
  RENKEI_XLSX_FUNCTIONS(RENKEI_XLSX_LOOKUP)
#undef RENKEI_XLSX_LOOKUP
  return loaded;
}

const Loaded& Library() {
  static const Loaded loaded = Load();  // once, whichever thread comes first
  return loaded;
}

}  // namespace

const std::string& LoadXlsx() { return Library().error; }

const XlsxFunctions& Xlsx() { return Library().functions; }

}  // namespace renkei::xlsx
