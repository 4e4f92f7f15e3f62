// Finding and reading the files of a content directory.
#include <algorithm>
#include <filesystem>

#include "load/loaders.h"
#include "load/source_file.h"
#include "util/file_tree.h"

namespace renkei {

namespace fs = std::filesystem;

bool ContentExists(const LoadContext& ctx, const std::string& relative) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(ctx.FullPath(relative), ec));
}

std::vector<std::string> ListContentFiles(const LoadContext& ctx, const std::string& sub,
                                          const std::string& ext, bool recursive) {
  std::vector<std::string> out;
  const std::string dir = ctx.FullPath(sub);
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(dir, ec))) return out;
  // Types as the directory listing gives them, no stat per file: listing the
  // pages of a national site through std::filesystem took 11 ms of a 0.2 s
  // rebuild.
  WalkTree(
      dir,
      [&](const TreeEntry& e) {
        const std::string rel = sub + "/" + e.relative;
        const std::string_view name = std::string_view(rel).substr(rel.rfind('/') + 1);
        const bool folder = S_ISDIR(e.st.st_mode);
        if (name.empty() || name[0] == '.') return folder && recursive;  // entered, as before
        if (S_ISLNK(e.st.st_mode))
          ctx.diags.Warning({ctx.DisplayPath(rel), 0, 0},
                            "symbolic links in content are not followed; copy the file instead");
        else if (name.ends_with(ext))
          out.push_back(rel);  // a folder too: its loader reports it
        return folder && recursive;
      },
      /*types_only=*/true);
  std::sort(out.begin(), out.end());
  return out;
}

bool ReadYamlFile(LoadContext& ctx, const std::string& relative, YamlReader& reader,
                  YAML::Node* doc) {
  auto source = ctx.Read(relative, ctx.DisplayPath(relative));
  if (!source) return false;
  auto parsed = reader.Parse(source->text);
  if (!parsed) return false;
  *doc = *parsed;
  return true;
}

}  // namespace renkei
