#include "load/page_body.h"

#include <optional>
#include <stdexcept>
#include <string>

#include "load/source_file.h"
#include "util/diagnostic.h"
#include "util/hash.h"

namespace renkei {

SharedText PageBodyFromFile(const Page& page) {
  // A page's path in messages is the one it was read from (LoadContext::FullPath).
  return SharedText::Deferred(
      [path = page.where.path, offset = page.body_offset, key = page.body_key] {
        Diagnostics ignored;  // a file that cannot be read any more: the message below
        std::optional<SourceText> source = ReadSource(path, path, ignored);
        if (source && offset <= source->text.size()) {
          source->text.erase(0, offset);
          if (HashBytes(source->text) == key) return std::move(source->text);
        }
        throw std::runtime_error(path + " changed while renkei was building: build again");
      });
}

}  // namespace renkei
