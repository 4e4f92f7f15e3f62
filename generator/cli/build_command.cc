// `renkei build`: validate like `check`, then render the residents' website
// (and, as later issues add them, the other outputs) into a staging directory
// that replaces the output directory only when everything succeeded.
#include <sys/stat.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <thread>
#include <tuple>

#include "cli/commands.h"
#include "load/content_loader.h"
#include "model/tabulation.h"
#include "render/opendata/open_data.h"
#include "render/print/print.h"
#include "render/render_context.h"
#include "render/site/site.h"
#include "render/xlsx/reports.h"
#include "write/output_tree.h"

namespace renkei {

namespace {

constexpr const char* kUsageHint = " (see: renkei help build)\n";

bool IsDirectory(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_directory(path, ec);
}

/// SOURCE_DATE_EPOCH (reproducible builds) or the current time; false when it is set
/// but not a number of seconds.
bool BuildTime(int64_t* out) {
  const char* env = std::getenv("SOURCE_DATE_EPOCH");
  if (!env || !*env) {
    *out = static_cast<int64_t>(std::time(nullptr));
    return true;
  }
  char* end = nullptr;
  long long v = std::strtoll(env, &end, 10);
  if (*end != '\0' || v < 0) return false;
  *out = v;
  return true;
}

/// Wall time of each build phase, printed with --timings (ninja's -d stats idea):
/// the benchmark reads them to see where a build spends its time.
class PhaseTimer {
 public:
  explicit PhaseTimer(bool enabled) : enabled_(enabled) {}
  void Done(const char* phase) {
    const auto now = std::chrono::steady_clock::now();
    if (enabled_)
      std::cerr << "  " << phase << ": " << std::chrono::duration<double>(now - last_).count()
                << " s\n";
    last_ = now;
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

/// One output of the build, rendered with its own diagnostics so that outputs can
/// render at the same time.
struct Output {
  const char* name;
  void (*render)(RenderContext&);
  Diagnostics diags;
  double seconds = 0;

  void Render(const Library& lib, const Tabulation& tab, const BuildSettings& settings,
              OutputTree& out) {
    const auto start = std::chrono::steady_clock::now();
    RenderContext ctx{lib, tab, settings, out, diags};
    render(ctx);
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
};

/// Renders every output into `out`: the site on one thread while the reports, open
/// data and print render on this one (each output also uses every core itself), so
/// a core left idle by one output's serial parts is used by another. The outputs
/// write different files; their problems are merged into `diags` in a fixed order,
/// so the messages do not depend on timing.
void RenderOutputs(const Library& lib, const Tabulation& tab, const BuildSettings& settings,
                   OutputTree& out, Diagnostics& diags, bool timings) {
  Output site{"site", RenderSite, {}};
  Output others[] = {
      {"reports", RenderReports, {}},
      {"open data", RenderOpenData, {}},
      {"print", [](RenderContext& c) { RenderPrint(c); }, {}}};  // its false is in diags
  std::thread site_thread([&] { site.Render(lib, tab, settings, out); });
  for (Output& o : others) o.Render(lib, tab, settings, out);
  site_thread.join();
  for (const Output* o : {&site, &others[0], &others[1], &others[2]}) {
    for (const Diagnostic& d : o->diags.all()) diags.Add(d);
    if (timings) std::cerr << "    " << o->name << ": " << o->seconds << " s\n";
  }
}

}  // namespace

int RunBuild(const std::vector<std::string>& args) {
  std::string content = "content";
  BuildSettings settings;
  bool templates_given = false, assets_given = false, timings = false, pdf = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string* dst) {
      if (i + 1 >= args.size() || args[i + 1].empty()) {
        std::cerr << "renkei build: " << a << " needs a value" << kUsageHint;
        return false;
      }
      *dst = args[++i];
      return true;
    };
    std::string jobs;
    if (a == "--content") {
      if (!value(&content)) return kExitUsage;
    } else if (a == "--templates") {
      if (!value(&settings.templates_dir)) return kExitUsage;
      templates_given = true;
    } else if (a == "--assets") {
      if (!value(&settings.assets_dir)) return kExitUsage;
      assets_given = true;
    } else if (a == "--out") {
      if (!value(&settings.out_dir)) return kExitUsage;
    } else if (a == "--jobs" || a == "-j") {
      if (!value(&jobs)) return kExitUsage;
      char* end = nullptr;
      long n = std::strtol(jobs.c_str(), &end, 10);
      if (*end != '\0' || n < 0 || n > 256) {
        std::cerr << "renkei build: --jobs wants a number from 0 (one per core) to 256, not '"
                  << jobs << "'" << kUsageHint;
        return kExitUsage;
      }
      settings.jobs = static_cast<int>(n);
    } else if (a == "--pdf") {
      pdf = true;
    } else if (a == "--timings") {
      timings = true;
    } else if (a == "--quiet" || a == "-q") {
      settings.quiet = true;
    } else {
      std::cerr << "renkei build: unknown " << (a.starts_with("-") ? "option" : "argument") << " '"
                << a << "'" << kUsageHint;
      return kExitUsage;
    }
  }
  // The shipped templates and assets are built in; the directories only override them.
  for (auto [dir, given, what] : {std::tuple{&settings.templates_dir, templates_given, "templates"},
                                  std::tuple{&settings.assets_dir, assets_given, "assets"}}) {
    if (IsDirectory(*dir)) continue;
    if (given) {
      std::cerr << "renkei build: " << what << " directory '" << *dir << "' does not exist"
                << kUsageHint;
      return kExitUsage;
    }
    dir->clear();
  }
  if (!BuildTime(&settings.build_time)) {
    std::cerr << "renkei build: SOURCE_DATE_EPOCH must be a number of seconds since 1970, not '"
              << std::getenv("SOURCE_DATE_EPOCH") << "'\n";
    return kExitUsage;
  }
  if (std::string why = RefuseOutputDir(settings.out_dir, content); !why.empty()) {
    std::cerr << "renkei build: refusing to write to '" << settings.out_dir << "': " << why
              << " (choose another --out)\n";
    return kExitUsage;
  }

  PhaseTimer timer(timings);
  Diagnostics diags;
  Library lib;
  if (!LoadContent(content, diags, &lib)) {
    std::cerr << "renkei build: content directory '" << content << "' does not exist" << kUsageHint;
    return kExitUsage;
  }
  if (diags.has_errors()) {
    diags.Print(std::cout);
    std::cout << "nothing was written: fix the errors above and build again\n";
    return kExitDataError;
  }

  timer.Done("load");
  const Tabulation tab(lib);
  timer.Done("tabulate");
  OutputTree out(settings.out_dir);
  if (!out.ok()) {
    std::cerr << "renkei build: " << out.error() << "\n";
    return kExitDataError;
  }
  RenderOutputs(lib, tab, settings, out, diags, timings);
  timer.Done("render");

  if (!diags.has_errors() && !out.Commit()) diags.Error({settings.out_dir, 0, 0}, out.error());
  timer.Done("commit");
  if (diags.has_errors()) {
    diags.Print(std::cout);
    std::cout << "nothing was written: " << settings.out_dir << " is as it was before\n";
    return kExitDataError;
  }
  if (!settings.quiet || !diags.all().empty()) diags.Print(std::cout);
  if (!settings.quiet) {
    std::string index = settings.out_dir;
    if (!index.ends_with("/")) index += '/';
    std::cout << "wrote " << out.files_written() << " files into " << index << "\n"
              << index << "index.html\n";
  }
  if (pdf) {
    // The PDFs are printed from the committed site, into its print/ folder.
    std::vector<std::string> pdf_args = {"--content", content, "--out",
                                         settings.out_dir + "/print"};
    if (templates_given) pdf_args.insert(pdf_args.end(), {"--templates", settings.templates_dir});
    if (assets_given) pdf_args.insert(pdf_args.end(), {"--assets", settings.assets_dir});
    return RunPdf(pdf_args);
  }
  return kExitOk;
}

}  // namespace renkei
