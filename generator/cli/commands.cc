#include "cli/commands.h"

namespace renkei {

const std::vector<Command>& AllCommands() {
  static const std::vector<Command> kCommands = {
      {"check", "load and validate the content; print every problem",
       "usage: renkei check [--strict] [--fix] [CONTENT_DIR]\n"
       "\n"
       "Loads site.yaml, municipalities.csv, items.yaml, status/*.csv, budgets/,\n"
       "models/, outcomes/ and pages/ from CONTENT_DIR (default: content), checks\n"
       "them, and prints every problem as one line:\n"
       "\n"
       "  path:line:column: error: message\n"
       "\n"
       "followed by a summary such as \"3 errors, 1 warning\".\n"
       "\n"
       "It also checks the Japanese text of the pages and records for what screen\n"
       "readers and elderly readers stumble over (warning: ... [check-id]):\n"
       "full-width alphanumerics (ＡＢＣ１２３), half-width kana (ｶﾀｶﾅ), characters such\n"
       "as ① ㈱ ㍻ Ⅲ, spaces inside words (お 知 ら せ), link text like こちら, dates\n"
       "without a year, images without alt text, tables without a header row,\n"
       "heading level skips and emphasis by colour alone; long sentences and long\n"
       "kanji runs without furigana are notes (info:). See docs/lint.md.\n"
       "\n"
       "  --strict  make those warnings errors (for CI)\n"
       "  --fix     rewrite the mechanical ones in place (full-width alphanumerics,\n"
       "            half-width kana, ① ㈱ ㍻ Ⅲ and the like, spaces inside words),\n"
       "            print each change, then report what is left. Files with errors\n"
       "            are not touched; files are replaced atomically.\n"
       "\n"
       "Silence one check with <!-- lint-ignore check-id --> (that line, or the next\n"
       "line when the comment stands alone), `lint_ignore: [check-id]` in a page's\n"
       "front matter, or `lint:` in site.yaml (disable, ignore, allow, thresholds).\n"
       "\n"
       "exit status: 0 = no errors (warnings allowed), 1 = errors in the data,\n"
       "             2 = usage error (unknown option, missing directory)\n",
       RunCheck},
      {"pdf", "print the pamphlets to PDF with headless Chromium",
       "usage: renkei pdf [--content DIR] [--out DIR] [--templates DIR] [--assets DIR]\n"
       "                  [--keep-html] [ID...]\n"
       "\n"
       "Renders the pamphlets of CONTENT_DIR/pamphlets/ (default: content; only the\n"
       "given IDs when some are named), measures every panel in headless Chromium,\n"
       "and prints each pamphlet in each of its modes to OUT/<id>.pdf (default OUT:\n"
       "site_out/print; a second mode goes to <id>-<mode>.pdf). A panel whose\n"
       "content does not fit is an error naming the pamphlet, the panel and by how\n"
       "many millimetres; no PDF is written for it. --keep-html also writes the HTML.\n"
       "\n"
       "Needs Chromium (Debian package: chromium), or RENKEI_CHROMIUM=/path/to/chrome.\n"
       "\n"
       "exit status: 0 = all printed, 1 = errors in the data or overflowing panels,\n"
       "             2 = usage error or Chromium missing\n",
       RunPdf},
      {"build", "validate, then write the residents' website into site_out/",
       "usage: renkei build [--content DIR] [--templates DIR] [--assets DIR] [--out DIR]\n"
       "                    [--jobs N] [--quiet] [--timings] [--full] [--pdf]\n"
       "\n"
       "Checks the content exactly as `renkei check` does and, when there are no\n"
       "errors, writes the residents' website (住民向けウェブサイト): the home page,\n"
       "every Markdown page, the program items (ア)〜(ク) with their figures, the\n"
       "project models, budgets, outcomes, news with an Atom feed, tag pages, a site\n"
       "map, sitemap.xml, robots.txt, 404.html and an offline search index. The site\n"
       "opens from disk (file://) as well as from a web server.\n"
       "\n"
       "  --content DIR    the content directory (default: content)\n"
       "  --templates DIR  your own templates: each file replaces the shipped one with\n"
       "                   the same name (default: templates, when it exists)\n"
       "  --assets DIR     your own styles, scripts and images, copied to assets/ over\n"
       "                   the shipped ones (default: assets, when it exists)\n"
       "  --out DIR        where the site goes (default: site_out); it must not be the\n"
       "                   content directory, one of its parents, / or your home\n"
       "  --jobs N         pages rendered at once (default 0: one per processor core)\n"
       "  --quiet          print only problems and the one summary line\n"
       "  --timings        print how long each phase took (load, site, reports...)\n"
       "  --full           render everything, reusing nothing from the last build\n"
       "  --pdf            then print the pamphlets to PDF (as `renkei pdf` does)\n"
       "\n"
       "The site is written beside DIR first and moved into place only when every\n"
       "page succeeded: a failed build leaves the previous site as it was. With\n"
       "SOURCE_DATE_EPOCH set, two builds of the same content are byte-identical.\n"
       "At the end, the path of the home page is printed (site_out/index.html).\n"
       "\n"
       "Builds are incremental: DIR/.renkei/manifest records the inputs of the last\n"
       "build, and files whose inputs did not change are taken over from it instead\n"
       "of being rendered again (the new tree is still swapped in whole). When no\n"
       "input changed at all, the build only says so.\n"
       "\n"
       "exit status: 0 = built (warnings allowed), 1 = errors in the data or while\n"
       "             writing (nothing changed), 2 = usage error\n",
       RunBuild},
  };
  return kCommands;
}

}  // namespace renkei
