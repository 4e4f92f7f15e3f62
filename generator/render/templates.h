// The site's templates: kainjow mustache, logic-less. The shipped templates
// (the repository's templates/, embedded in the binary) are overridden file by
// file by a user's templates directory. `{{> name}}` includes
// partials/name.mustache; partials are expanded once at load time, so a page
// render never parses a template again.
#pragma once

#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "render/template_parts.h"

namespace renkei {

namespace mustache = kainjow::mustache;

class TemplateSet {
 public:
  /// Loads the shipped templates, then every *.mustache file under `override_dir`
  /// (skipped when empty) in place of the shipped file with the same relative path.
  /// Expands partials and parses every template. Returns "" on success, else an
  /// error naming the template file and what is wrong (a missing partial, a partial
  /// that includes itself, a mustache syntax error).
  std::string Load(const std::string& override_dir);

  /// Adds or replaces one template from text (name without ".mustache"), then
  /// re-expands; for tests. Returns "" or the error as Load does.
  std::string AddForTest(const std::string& name, const std::string& text);

  /// "" when every name is a loaded (non-partial) template, else an error naming the
  /// first missing one and where it was looked for.
  std::string Require(const std::vector<std::string>& names) const;

  bool Has(std::string_view name) const { return expanded_.count(std::string(name)) > 0; }
  /// The template with its partials expanded; Has(name) must be true.
  const std::string& Expanded(std::string_view name) const;

  struct Part {
    std::string name;  ///< The part's own template: "layout@0", "layout@1"...
    TemplatePart part;
  };
  /// Template `name` (Has(name)) cut by CutTemplate(its text, `varying`), each
  /// part added as a template of its own: rendered in order, they give what
  /// the template gives.
  std::vector<Part> Cut(std::string_view name, const std::vector<std::string>& varying);

 private:
  std::string ExpandAll();
  std::string Expand(const std::string& name, const std::string& text, int depth,
                     std::string* out) const;

  std::string override_dir_;
  std::map<std::string, std::string> sources_;  // "page", "partials/header" -> text
  std::map<std::string, std::string> origin_;   // where each one came from, for errors
  std::map<std::string, std::string> expanded_;
};

/// Renders templates of one TemplateSet. Not thread-safe: give each thread its own.
class TemplateRenderer {
 public:
  explicit TemplateRenderer(const TemplateSet& set) : set_(set) {}

  /// Renders template `name` (Has(name) must be true) with the values of `ctx`
  /// (every value HTML-escaped unless the template uses {{{triple}}} braces).
  std::string Render(std::string_view name, mustache::context<std::string>& ctx);

  /// Appends what Render(name, ctx) returns to `out`.
  void Render(std::string_view name, mustache::context<std::string>& ctx, std::string* out);

  /// Appends Render(name, ctx) to `out` with `scope[key]` = `html`, where
  /// `scope` is in `ctx` and the template places the key once as {{{key}}}.
  /// Instead of copying the value through kainjow (a page's body went through
  /// six copies: line buffers, streams, strings), the template is rendered
  /// with a mark in its place and `html` goes where the mark came out.
  /// Whenever that could differ from Render (the key escaped, used twice or
  /// not at all, the mark in another value, a blank value that would drop a
  /// standalone line), the template is rendered with the value itself.
  /// `scope[key]` is left set to the mark or the value.
  void RenderWithHtml(std::string_view name, mustache::context<std::string>& ctx,
                      mustache::data& scope, const std::string& key, std::string_view html,
                      std::string* out);

 private:
  struct Compiled {
    std::unique_ptr<mustache::mustache> tmpl;
    bool has_mark = false;  // its own text holds RenderWithHtml's mark: never put in place
  };
  Compiled& Compile(std::string_view name);

  const TemplateSet& set_;
  std::map<std::string, Compiled, std::less<>> compiled_;
};

}  // namespace renkei
