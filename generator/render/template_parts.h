// A template cut into parts that render apart: runs of whole lines outside any
// section, each marked by whether it names a value that changes from one
// render to the next. The site's layout is ~80 lines around every page, of
// which a dozen name the page (its title, description, breadcrumb, body); the
// header, menu, preferences and footer are the same for every page under one
// root and menu section. Rendering those once for each such pair, and only
// the page's lines for each page, cut a pages build's templating by 70%.
//
// Rendered one after the other with the same data, the parts give exactly
// what the whole template gives: kainjow handles each line on its own (a line
// holding only section tags is dropped), and a cut falls only after a line
// break outside any section, where nothing is carried to the next line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace renkei {

struct TemplatePart {
  std::string text;
  /// The names its tags read ("nav", "href"...; of "a.b", "a"), in order, once each.
  std::vector<std::string> names;
  /// Names none of the varying values: renders the same while the others stay.
  bool fixed = false;
  /// The whole template, not cut: its names are not known.
  bool whole = false;

  /// Whether the part may read `name` (always, when it is whole).
  bool Reads(std::string_view name) const;
};

/// Cuts mustache `text` (partials expanded) into parts: consecutive lines that
/// name none of `varying` make one fixed part, consecutive lines that do one
/// varying part. {{.}} counts as varying. A text that cannot be cut safely (it
/// sets other delimiters, includes a partial, has an unclosed tag or section)
/// is one varying part.
std::vector<TemplatePart> CutTemplate(std::string_view text,
                                      const std::vector<std::string>& varying);

}  // namespace renkei
