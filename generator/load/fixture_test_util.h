// Loading a fixture of tests/fixtures/ for a unit test that needs a Library.
#pragma once

#include <catch2/catch.hpp>
#include <string>

#include "load/content_loader.h"

namespace renkei {

/// tests/fixtures/<name>, which must load without errors.
inline Library LoadFixture(const char* name) {
  Library lib;
  Diagnostics d;
  LoadContent(std::string(RENKEI_SOURCE_DIR "/tests/fixtures/") + name, d, &lib);
  REQUIRE_FALSE(d.has_errors());
  return lib;
}

}  // namespace renkei
