// Splitting a Markdown file into its YAML front matter and its body.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace renkei {

/// Views into the text split: a page keeps them, borrowed from its file's
/// text (copying 48 MB of page bodies was 5% of a pages build).
struct FrontMatterSplit {
  std::string_view yaml;  ///< Between the --- lines.
  std::string_view body;  ///< After the closing --- line.
  int yaml_line = 2;      ///< File line of the first YAML line.
  int body_line = 1;      ///< File line of the first body line.
};

/// Splits "---\n<yaml>\n---\n<body>" (views into `text`). std::nullopt when the file does not
/// start with a --- line or the closing --- (or ...) line is missing.
std::optional<FrontMatterSplit> SplitFrontMatter(std::string_view text);

}  // namespace renkei
