#include "render/print/print_templates.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "render/embedded_files.h"
#include "util/html_escape.h"

namespace renkei {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kPrefix = "templates/print/", kExt = ".mustache";

std::string Trimmed(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

}  // namespace

std::string PrintTemplates::Load(const std::string& templates_dir) {
  sources_.clear();
  origin_.clear();
  for (const EmbeddedFile& f : EmbeddedFiles()) {
    std::string_view p = f.path;
    if (!p.starts_with(kPrefix) || !p.ends_with(kExt)) continue;
    const std::string name(p.substr(kPrefix.size(), p.size() - kPrefix.size() - kExt.size()));
    sources_[name] = std::string(f.bytes);
    origin_[name] = std::string(p) + " (shipped with renkei)";
  }
  std::error_code ec;
  const fs::path dir = fs::path(templates_dir) / "print";
  if (!templates_dir.empty() && fs::is_directory(dir, ec)) {
    for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
      // Links are not followed: a template must not read a file from elsewhere.
      if (!e.is_regular_file() || e.is_symlink() || e.path().extension() != kExt) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      if (!in) return e.path().string() + ": cannot read this template";
      sources_[e.path().stem().string()] = text.str();
      origin_[e.path().stem().string()] = e.path().string();
    }
  }
  return Compile();
}

std::string PrintTemplates::LoadForTest(std::map<std::string, std::string> sources) {
  sources_ = std::move(sources);
  origin_.clear();
  for (const auto& [name, text] : sources_) origin_[name] = name + std::string(kExt);
  return Compile();
}

std::string PrintTemplates::Compile() {
  compiled_.clear();
  for (const char* required : {"pamphlet", "block"})
    if (!sources_.count(required))
      return "the template print/" + std::string(required) +
             ".mustache does not exist (looked in the templates folder and in the shipped "
             "templates)";
  for (const auto& [name, source] : sources_) {
    std::string text = source;
    // Expand {{> name}} (partials may include partials, a few levels deep).
    for (int depth = 0; text.find("{{>") != std::string::npos; ++depth) {
      if (depth > 8) return origin_[name] + ": partials include each other in a loop";
      const size_t open = text.find("{{>"), close = text.find("}}", open);
      if (close == std::string::npos) break;
      std::string partial = Trimmed(text.substr(open + 3, close - open - 3));
      if (partial.starts_with("print/")) partial = partial.substr(6);
      auto it = sources_.find(partial);
      if (it == sources_.end())
        return origin_[name] + ": the partial {{> " + partial + "}} does not exist (looked for " +
               "print/" + partial + std::string(kExt) + ")";
      text.replace(open, close + 2 - open, it->second);
    }
    auto parsed = std::make_unique<kainjow::mustache::mustache>(text);
    if (!parsed->is_valid()) return origin_[name] + ": " + parsed->error_message();
    parsed->set_custom_escape([](const std::string& s) { return EscapeHtml(s); });  // as the site's
    compiled_[name] = std::move(parsed);
  }
  return "";
}

std::string PrintTemplates::Render(const std::string& name, const kainjow::mustache::data& data) {
  return compiled_.at(name)->render(data);
}

}  // namespace renkei
