// Finding and reading the files of a content directory.
#include <algorithm>
#include <filesystem>

#include "load/loaders.h"
#include "load/source_file.h"

namespace renkei {

namespace fs = std::filesystem;

bool ContentExists(const LoadContext& ctx, const std::string& relative) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(ctx.FullPath(relative), ec));
}

std::vector<std::string> ListContentFiles(const LoadContext& ctx, const std::string& sub,
                                          const std::string& ext, bool recursive) {
  std::vector<std::string> out;
  const fs::path root = ctx.content_dir;
  const fs::path dir = root / sub;
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(dir, ec))) return out;
  auto consider = [&](const fs::directory_entry& e) {
    std::error_code ec2;
    const std::string name = e.path().filename().string();
    if (name.empty() || name[0] == '.') return;
    if (e.is_symlink(ec2)) {
      ctx.diags.Warning({ctx.DisplayPath(e.path().lexically_relative(root).string()), 0, 0},
                        "symbolic links in content are not followed; copy the file instead");
      return;
    }
    if (name.size() < ext.size() || name.compare(name.size() - ext.size(), ext.size(), ext) != 0)
      return;
    out.push_back(e.path().lexically_relative(root).generic_string());
  };
  if (recursive) {
    fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
    for (; !ec && it != end; it.increment(ec)) consider(*it);
  } else {
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) consider(*it);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool ReadYamlFile(LoadContext& ctx, const std::string& relative, YamlReader& reader,
                  YAML::Node* doc) {
  auto source = ReadSource(ctx.FullPath(relative), ctx.DisplayPath(relative), ctx.diags);
  if (!source) return false;
  auto parsed = reader.Parse(source->text);
  if (!parsed) return false;
  *doc = *parsed;
  return true;
}

}  // namespace renkei
