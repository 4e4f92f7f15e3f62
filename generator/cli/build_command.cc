// `renkei build`: validate like `check`, then render the residents' website,
// the prefecture workbooks, open data and the pamphlets into a staging
// directory that replaces the output directory only when everything succeeded.
// Outputs whose inputs did not change since the last build are taken over from
// it (build/incremental.h), and a build with nothing changed does nothing.
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <future>
#include <iomanip>
#include <iostream>
#include <memory>
#include <tuple>

#include "build/incremental.h"
#include "cli/build_options.h"
#include "cli/commands.h"
#include "load/content_loader.h"
#include "model/tabulation.h"
#include "render/opendata/open_data.h"
#include "render/print/print.h"
#include "render/site/site.h"
#include "render/xlsx/reports.h"
#include "util/parallel.h"
#include "util/progress.h"
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

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// Wall time of each build phase, printed with --timings (ninja's -d stats idea):
/// the benchmark reads them to see where a build spends its time.
class PhaseTimer {
 public:
  explicit PhaseTimer(bool enabled) : enabled_(enabled) {}
  void Done(const char* phase) {
    if (enabled_) std::cerr << "  " << phase << ": " << SecondsSince(last_) << " s\n";
    last_ = std::chrono::steady_clock::now();
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

  void Render(const RenderContext& shared) {
    const auto start = std::chrono::steady_clock::now();
    RenderContext ctx{shared.lib, shared.tab,  shared.settings, shared.out,
                      diags,      shared.keys, shared.progress};
    // As when loading: whatever goes wrong ends as a message, never as a
    // crash (another output renders on another thread meanwhile).
    try {
      render(ctx);
    } catch (const std::exception& e) {
      diags.Error({shared.settings.out_dir, 0, 0},
                  std::string("cannot render the ") + name + ": " + e.what());
    }
    seconds = SecondsSince(start);
  }
};

/// Renders every output into `out`: the site on one thread while the reports, open
/// data and print render on this one (each output also uses every core itself), so
/// a core left idle by one output's serial parts is used by another. The outputs
/// write different files; their problems are merged into `diags` in a fixed order,
/// so the messages do not depend on timing.
void RenderOutputs(const RenderContext& shared, Diagnostics& diags, bool timings) {
  Output site{"site", RenderSite, {}};
  Output others[] = {
      {"reports", RenderReports, {}},
      {"open data", RenderOpenData, {}},
      {"print", [](RenderContext& c) { RenderPrint(c); }, {}}};  // its false is in diags
  RunConcurrently([&] { site.Render(shared); },
                  [&] {
                    for (Output& o : others) o.Render(shared);
                  });
  for (const Output* o : {&site, &others[0], &others[1], &others[2]}) {
    for (const Diagnostic& d : o->diags.all()) diags.Add(d);
    if (timings) std::cerr << "    " << o->name << ": " << o->seconds << " s\n";
  }
}

/// Writes the load cache into the output for the next build: only its files
/// that changed (a failure shows in out.error()).
void KeepLoadCache(LoadCache& cache, OutputTree& out) {
  const std::vector<LoadCache::File> files = cache.Files();
  for (size_t i = 0; i < files.size(); ++i)
    if (!out.Reuse(files[i].path, files[i].key))
      out.Write(files[i].path, cache.Bytes(i), files[i].key);
  cache.Release();
}

/// Keeps `object` until the process ends. A national build's Library, input
/// and output tables hold ~400,000 strings; freeing them one by one took
/// 0.03 s of a 0.2 s rebuild, and the exit frees them at once. (Held from a
/// global, so the leak checker sees them reachable.)
template <class T>
void KeepUntilExit(std::unique_ptr<T> object) {
  static auto* kept = new std::vector<std::shared_ptr<const void>>();  // never freed, on purpose
  kept->push_back(std::shared_ptr<const void>(std::move(object)));
}

bool UsageError(const char* command, const std::string& message) {
  std::cerr << "renkei " << command << ": " << message << kUsageHint;
  return false;
}

/// "1 workbook", "47 workbooks".
std::string Count(size_t n, const char* thing) {
  return std::to_string(n) + " " + thing + (n == 1 ? "" : "s");
}

/// The one summary line of a build (CI logs keep it; --quiet keeps it too).
void PrintSummary(const BuildSummary& s, const std::string& out_dir, std::ostream& msg) {
  msg << std::fixed << std::setprecision(2);
  if (s.up_to_date) {
    msg << "up to date: nothing changed since the last build of " << out_dir << " ("
        << Count(s.reused, "file") << ", " << s.seconds << " s)\n"
        << std::defaultfloat;
    return;
  }
  msg << "built " << Count(s.pages, "page") << ", " << Count(s.workbooks, "workbook") << ", "
      << Count(s.pamphlets, "pamphlet") << ", " << Count(s.data_files, "data file") << " in "
      << s.seconds << " s (" << Count(s.written, "file") << " written, " << s.reused << " reused)\n"
      << std::defaultfloat;
}

}  // namespace

bool ParseBuildOptions(const std::vector<std::string>& args, const char* command, BuildOptions* opt,
                       std::vector<std::string>* rest) {
  BuildSettings& settings = opt->settings;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string* dst) {
      if (i + 1 >= args.size() || args[i + 1].empty())
        return UsageError(command, a + " needs a value");
      *dst = args[++i];
      return true;
    };
    std::string jobs;
    if (a == "--content") {
      if (!value(&opt->content)) return false;
    } else if (a == "--templates") {
      if (!value(&settings.templates_dir)) return false;
      opt->templates_given = true;
    } else if (a == "--assets") {
      if (!value(&settings.assets_dir)) return false;
      opt->assets_given = true;
    } else if (a == "--out") {
      if (!value(&settings.out_dir)) return false;
    } else if (a == "--jobs" || a == "-j") {
      if (!value(&jobs)) return false;
      char* end = nullptr;
      long n = std::strtol(jobs.c_str(), &end, 10);
      if (*end != '\0' || n < 0 || n > 256)
        return UsageError(command,
                          "--jobs wants a number from 0 (one per core) to 256, not '" + jobs + "'");
      settings.jobs = static_cast<int>(n);
    } else if (a == "--pdf") {
      opt->pdf = true;
    } else if (a == "--timings") {
      opt->timings = true;
    } else if (a == "--quiet" || a == "-q") {
      settings.quiet = true;
    } else if (a == "--full") {
      settings.full = true;
    } else if (rest) {
      rest->push_back(a);
    } else {
      return UsageError(command, std::string("unknown ") +
                                     (a.starts_with("-") ? "option" : "argument") + " '" + a + "'");
    }
  }
  // The shipped templates and assets are built in; the directories only override them.
  for (auto [dir, given, what] :
       {std::tuple{&settings.templates_dir, opt->templates_given, "templates"},
        std::tuple{&settings.assets_dir, opt->assets_given, "assets"}}) {
    if (IsDirectory(*dir)) continue;
    if (given)
      return UsageError(command, std::string(what) + " directory '" + *dir + "' does not exist");
    dir->clear();
  }
  if (!BuildTime(&settings.build_time)) {
    std::cerr << "renkei " << command
              << ": SOURCE_DATE_EPOCH must be a number of seconds since 1970, not '"
              << std::getenv("SOURCE_DATE_EPOCH") << "'\n";
    return false;
  }
  if (std::string why = RefuseOutputDir(settings.out_dir, opt->content); !why.empty()) {
    std::cerr << "renkei " << command << ": refusing to write to '" << settings.out_dir
              << "': " << why << " (choose another --out)\n";
    return false;
  }
  if (!IsDirectory(opt->content))
    return UsageError(command, "content directory '" + opt->content + "' does not exist");
  return true;
}

BuildSummary Build(const BuildOptions& opt, std::ostream& msg) {
  const auto start = std::chrono::steady_clock::now();
  const BuildSettings& settings = opt.settings;
  BuildSummary summary;
  PhaseTimer timer(opt.timings);
  Progress progress(settings.quiet ? nullptr : &std::cerr);

  // One build at a time into an output; then what a killed build left is garbage.
  const OutputLock lock(settings.out_dir, &std::cerr);
  RemoveStaleStaging(settings.out_dir);

  // Nothing changed since the last build: the output is already what this build
  // would write (ninja's "no work to do").
  auto state = std::make_unique<BuildState>(opt.content, settings);
  if (!settings.full && state->UpToDate()) {
    state->KeepStamps();
    state->ReplayDiagnostics(msg, settings.quiet);
    summary.up_to_date = true;
    summary.reused = state->previous_outputs();
    summary.seconds = SecondsSince(start);
    PrintSummary(summary, settings.out_dir, msg);
    if (opt.exit_after) KeepUntilExit(std::move(state));
    return summary;
  }
  timer.Done("fingerprint");
  state->StartStamps();

  // The spare, the tree this build updates in place, is listed while the
  // content loads (0.03 s of a 0.2 s rebuild at N = 10,000).
  std::future<RecycledTree> spare;
  if (!settings.full) spare = std::async(kAsyncIfPossible, ListSpare, settings.out_dir);

  progress.Phase("load");
  Diagnostics diags;
  auto lib_kept = std::make_unique<Library>();
  Library& lib = *lib_kept;
  LoadCache load_cache(opt.content, state->inputs());
  if (!settings.full) load_cache.Read(settings.out_dir);
  {
    ScannedContent scanned = state->TakeScannedContent();  // gone once loaded
    LoadContent(opt.content, diags, &lib, &load_cache, &scanned);
  }
  if (diags.has_errors()) {
    progress.Clear();
    diags.Print(msg);
    msg << "nothing was written: fix the errors above and build again\n";
    summary.exit_code = kExitDataError;
    return summary;
  }
  timer.Done("load");
  auto tab_kept = std::make_unique<const Tabulation>(lib);
  const Tabulation& tab = *tab_kept;
  timer.Done("tabulate");
  // Unless --full, the tree from two builds ago is updated in place of a new
  // one; listed before it is moved.
  RecycledTree recycled = spare.valid() ? spare.get() : RecycledTree{};
  auto out_kept = std::make_unique<OutputTree>(settings.out_dir, !settings.full);
  OutputTree& out = *out_kept;
  if (!out.ok()) {
    progress.Clear();
    msg << "renkei build: " << out.error() << "\n";
    summary.exit_code = kExitDataError;
    return summary;
  }
  if (!settings.full) out.SetPrevious(settings.out_dir, state->TakePreviousFiles());
  if (out.recycled()) out.SetRecycled(std::move(recycled));
  progress.Phase("render");
  // The load cache (56 MB at N = 10,000 after a full load) is written while the
  // outputs render: both only read the Library.
  RunConcurrently([&] { KeepLoadCache(load_cache, out); },
                  [&] {
                    RenderOutputs({lib, tab, settings, out, diags, state->keys(), &progress}, diags,
                                  opt.timings);
                  });
  timer.Done("render");
  progress.Clear();

  if (!diags.has_errors()) {
    state->Record(out, diags);
    if (!out.Commit()) diags.Error({settings.out_dir, 0, 0}, out.error());
  }
  timer.Done("commit");
  if (diags.has_errors()) {
    diags.Print(msg);
    msg << "nothing was written: " << settings.out_dir << " is as it was before\n";
    summary.exit_code = kExitDataError;
    return summary;
  }
  if (!settings.quiet || !diags.all().empty()) diags.Print(msg);
  const auto counts = out.Counts();
  summary.pages = counts[static_cast<size_t>(OutputKind::kPage)];
  summary.workbooks = counts[static_cast<size_t>(OutputKind::kWorkbook)];
  summary.pamphlets = counts[static_cast<size_t>(OutputKind::kPamphlet)];
  summary.data_files = counts[static_cast<size_t>(OutputKind::kDataFile)];
  summary.written = out.files_written();
  summary.reused = out.files_reused();
  summary.seconds = SecondsSince(start);
  PrintSummary(summary, settings.out_dir, msg);
  if (opt.exit_after) {
    KeepUntilExit(std::move(state));
    KeepUntilExit(std::move(out_kept));
    KeepUntilExit(std::move(tab_kept));
    KeepUntilExit(std::move(lib_kept));
  }
  return summary;
}

int RunBuild(const std::vector<std::string>& args) {
  BuildOptions opt;
  if (!ParseBuildOptions(args, "build", &opt)) return kExitUsage;
  opt.exit_after = !opt.pdf;
  const BuildSummary summary = Build(opt, std::cout);
  if (summary.exit_code != kExitOk) return summary.exit_code;
  if (!opt.settings.quiet) {
    std::string index = opt.settings.out_dir;
    if (!index.ends_with("/")) index += '/';
    std::cout << index << "index.html\n";
  }
  if (opt.pdf) {
    // The PDFs are printed from the committed site, into its print/ folder.
    std::vector<std::string> pdf_args = {"--content", opt.content, "--out",
                                         opt.settings.out_dir + "/print"};
    if (opt.templates_given)
      pdf_args.insert(pdf_args.end(), {"--templates", opt.settings.templates_dir});
    if (opt.assets_given) pdf_args.insert(pdf_args.end(), {"--assets", opt.settings.assets_dir});
    return RunPdf(pdf_args);
  }
  return kExitOk;
}

}  // namespace renkei
