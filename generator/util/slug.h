// Ids and slugs become folder names in the published site, so they are
// limited to characters that are safe in a URL and on every file system.
#pragma once

#include <string_view>

namespace renkei {

/// True for 1..100 characters of a-z, 0-9 and '-' (and '_' when
/// `allow_underscore`), and not a name Windows reserves (con, nul, com1...),
/// which could not be copied to a Windows file server.
bool IsSlug(std::string_view s, bool allow_underscore = false);

}  // namespace renkei
