#include "render/templates.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "render/embedded_files.h"
#include "util/html_escape.h"

namespace renkei {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kExtension = ".mustache";
constexpr int kMaxDepth = 16;

std::string Trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

std::string TemplateSet::Load(const std::string& override_dir) {
  override_dir_ = override_dir;
  sources_.clear();
  origin_.clear();
  for (const EmbeddedFile& f : EmbeddedFiles()) {
    std::string_view path = f.path;
    if (!path.starts_with("templates/") || !path.ends_with(kExtension)) continue;
    path.remove_prefix(std::string_view("templates/").size());
    path.remove_suffix(kExtension.size());
    sources_[std::string(path)] = std::string(f.bytes);
    origin_[std::string(path)] =
        "templates/" + std::string(path) + std::string(kExtension) + " (shipped with renkei)";
  }
  if (!override_dir.empty()) {
    std::error_code ec;
    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator it(override_dir, ec), end; !ec && it != end;
         it.increment(ec)) {
      // Links are not followed: a template must not read a file from elsewhere.
      if (it->is_regular_file() && !it->is_symlink() && it->path().extension() == kExtension)
        files.push_back(*it);
    }
    if (ec) return override_dir + ": cannot read the templates directory: " + ec.message();
    std::sort(files.begin(), files.end());
    for (const fs::path& p : files) {
      std::ifstream in(p, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      if (!in) return p.string() + ": cannot read this template";
      std::string name = fs::relative(p, override_dir).replace_extension().generic_string();
      sources_[name] = text.str();
      origin_[name] = p.string();
    }
  }
  return ExpandAll();
}

std::string TemplateSet::AddForTest(const std::string& name, const std::string& text) {
  sources_[name] = text;
  origin_[name] = name + std::string(kExtension);
  return ExpandAll();
}

std::string TemplateSet::ExpandAll() {
  expanded_.clear();
  for (const auto& [name, text] : sources_) {
    // Site pages are the top-level files; subfolders other than partials/ belong to
    // other outputs (print/) and are not expanded here.
    if (name.find('/') != std::string::npos) continue;
    std::string out;
    if (std::string err = Expand(name, text, 0, &out); !err.empty()) return err;
    mustache::mustache parsed(out);
    if (!parsed.is_valid()) return origin_.at(name) + ": " + parsed.error_message();
    expanded_[name] = std::move(out);
  }
  return "";
}

std::string TemplateSet::Expand(const std::string& name, const std::string& text, int depth,
                                std::string* out) const {
  if (depth > kMaxDepth)
    return origin_.at(name) + ": partials include each other in a loop (more than " +
           std::to_string(kMaxDepth) + " levels deep)";
  size_t pos = 0;
  while (true) {
    size_t open = text.find("{{>", pos);
    if (open == std::string::npos) break;
    size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    out->append(text, pos, open - pos);
    const std::string partial = Trimmed(std::string_view(text).substr(open + 3, close - open - 3));
    auto it = sources_.find("partials/" + partial);
    if (it == sources_.end()) it = sources_.find(partial);
    if (it == sources_.end())
      return origin_.at(name) + ": the partial {{> " + partial + "}} does not exist (looked for " +
             "partials/" + partial + std::string(kExtension) +
             (override_dir_.empty() ? "" : " in " + override_dir_ + " and") +
             " in the shipped templates)";
    if (std::string err = Expand(it->first, it->second, depth + 1, out); !err.empty()) return err;
    pos = close + 2;
  }
  out->append(text, pos, std::string::npos);
  return "";
}

std::vector<TemplateSet::Part> TemplateSet::Cut(std::string_view name,
                                                const std::vector<std::string>& varying) {
  std::vector<Part> parts;
  for (TemplatePart& part : CutTemplate(Expanded(name), varying)) {
    std::string part_name = std::string(name) + "@" + std::to_string(parts.size());
    expanded_[part_name] = part.text;
    parts.push_back({std::move(part_name), std::move(part)});
  }
  return parts;
}

std::string TemplateSet::Require(const std::vector<std::string>& names) const {
  for (const std::string& n : names)
    if (!Has(n))
      return "the template " + n + std::string(kExtension) + " does not exist (looked in " +
             (override_dir_.empty() ? "" : override_dir_ + " and in ") + "the shipped templates)";
  return "";
}

const std::string& TemplateSet::Expanded(std::string_view name) const {
  auto it = expanded_.find(std::string(name));
  if (it == expanded_.end()) throw std::logic_error("unknown template " + std::string(name));
  return it->second;
}

namespace {

/// What kainjow writes to, as it would to a stream: one append per piece,
/// without an ostringstream's copy of the whole page at the end.
struct StringSink {
  std::string* out;
  StringSink& operator<<(const std::string& piece) {
    out->append(piece);
    return *this;
  }
};

/// Stands for an HTML value while its template renders: '<' so that the
/// value's place escaped ({{key}}) does not come out as the mark.
constexpr std::string_view kHtmlMark = "<\x1frenkei:html\x1f>";

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::string TemplateRenderer::Render(std::string_view name, mustache::context<std::string>& ctx) {
  std::string out;
  Render(name, ctx, &out);
  return out;
}

void TemplateRenderer::Render(std::string_view name, mustache::context<std::string>& ctx,
                              std::string* out) {
  StringSink sink{out};
  Compile(name).tmpl->render(ctx, sink);
}

void TemplateRenderer::RenderWithHtml(std::string_view name, mustache::context<std::string>& ctx,
                                      mustache::data& scope, const std::string& key,
                                      std::string_view html, std::string* out) {
  if (!IsBlank(html) && !Compile(name).has_mark) {
    scope.set(key, std::string(kHtmlMark));
    const size_t start = out->size();
    Render(name, ctx, out);
    const size_t at = out->find(kHtmlMark, start);
    if (at != std::string::npos && out->find(kHtmlMark, at + 1) == std::string::npos) {
      out->replace(at, kHtmlMark.size(), html);
      return;
    }
    out->resize(start);
  }
  scope.set(key, std::string(html));
  Render(name, ctx, out);
}

TemplateRenderer::Compiled& TemplateRenderer::Compile(std::string_view name) {
  auto it = compiled_.find(name);
  if (it == compiled_.end()) {
    const std::string& text = set_.Expanded(name);
    Compiled c{std::make_unique<mustache::mustache>(text),
               text.find(kHtmlMark) != std::string::npos};
    // {{value}} is escaped as every other data value is (kainjow's own escape
    // appended byte by byte: a sixth of a page's templating).
    c.tmpl->set_custom_escape([](const std::string& s) { return EscapeHtml(s); });
    it = compiled_.emplace(std::string(name), std::move(c)).first;
  }
  return it->second;
}

}  // namespace renkei
