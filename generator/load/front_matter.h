// Splitting a Markdown file into its YAML front matter and its body.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace renkei {

struct FrontMatterSplit {
  std::string yaml;   ///< Between the --- lines.
  std::string body;   ///< After the closing --- line.
  int yaml_line = 2;  ///< File line of the first YAML line.
  int body_line = 1;  ///< File line of the first body line.
};

/// Splits "---\n<yaml>\n---\n<body>". std::nullopt when the file does not
/// start with a --- line or the closing --- (or ...) line is missing.
std::optional<FrontMatterSplit> SplitFrontMatter(std::string_view text);

}  // namespace renkei
