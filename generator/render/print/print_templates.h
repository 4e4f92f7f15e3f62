// The print templates: templates/print/*.mustache (kainjow mustache,
// logic-less), shipped inside renkei and overridden file by file by
// <templates dir>/print/. `{{> name}}` includes print/name.mustache.
// (The site's TemplateSet covers the top-level templates only.)
#pragma once

#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <string>

namespace renkei {

class PrintTemplates {
 public:
  /// Loads the shipped print templates, then `templates_dir`/print/*.mustache
  /// (skipped when the folder does not exist), checks that pamphlet and block
  /// exist and parse. Returns "" or an error naming the file.
  std::string Load(const std::string& templates_dir);
  /// Loads from text (name -> template), for tests.
  std::string LoadForTest(std::map<std::string, std::string> sources);

  /// Renders template `name` (e.g. "pamphlet") with `data`; values are
  /// HTML-escaped unless the template uses {{{triple}}} braces.
  std::string Render(const std::string& name, const kainjow::mustache::data& data);

 private:
  std::string Compile();

  std::map<std::string, std::string> sources_, origin_;
  std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> compiled_;
};

}  // namespace renkei
