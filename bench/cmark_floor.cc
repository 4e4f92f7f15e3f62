// The floor for Markdown rendering: cmark-gfm alone (with the same GFM
// extensions renkei enables) over every .md file under a directory, timed in
// CPU seconds. Reading the files is not timed.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: bench_cmark DIR\n";
    return 2;
  }
  std::vector<std::string> docs;
  size_t bytes = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (!e.is_regular_file() || e.path().extension() != ".md") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    docs.push_back(std::move(s).str());
    bytes += docs.back().size();
  }
  cmark_gfm_core_extensions_ensure_registered();
  const char* names[] = {"table", "autolink", "strikethrough", "tasklist", "tagfilter"};
  const std::clock_t start = std::clock();
  size_t out_bytes = 0;
  for (const std::string& doc : docs) {
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_SAFE | CMARK_OPT_FOOTNOTES);
    for (const char* n : names)
      if (cmark_syntax_extension* ext = cmark_find_syntax_extension(n))
        cmark_parser_attach_syntax_extension(parser, ext);
    cmark_parser_feed(parser, doc.data(), doc.size());
    cmark_node* root = cmark_parser_finish(parser);
    char* html =
        cmark_render_html(root, CMARK_OPT_SAFE, cmark_parser_get_syntax_extensions(parser));
    out_bytes += std::strlen(html);
    free(html);
    cmark_node_free(root);
    cmark_parser_free(parser);
  }
  const double cpu = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  std::printf("%-22s %8.3f s CPU  (%zu files, %.1f MB in, %.1f MB out)\n", "cmark-gfm alone", cpu,
              docs.size(), bytes / 1e6, out_bytes / 1e6);
  return 0;
}
