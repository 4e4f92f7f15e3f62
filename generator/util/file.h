// Reading a whole file: the one helper for every stage (sources, caches,
// Chromium's output).
#pragma once

#include <string>

namespace renkei {

/// Reads the file at `path` into `bytes` with one read of its size (a stream
/// copy through an ostringstream cost as much as decoding the text), plus
/// whatever was appended since its size was taken. False if it cannot be read.
bool ReadFile(const std::string& path, std::string* bytes);

}  // namespace renkei
