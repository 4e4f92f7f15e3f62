// Benchmark (hidden; not part of the test run): times the reports and the open
// data for a content directory, normally the national corpus of bench/gen_corpus.py
// (47 prefectures, 1,741 municipalities, 20 indicators, 10 years):
//
//   python3 bench/gen_corpus.py /dev/shm/corpus --pages 10
//   RENKEI_BENCH_CONTENT=/dev/shm/corpus/content RENKEI_BENCH_OUT=/dev/shm/out
//   build/renkei_tests "[.bench]"      (both lines as one command)
//
// It prints wall and CPU (user + system) seconds: on a shared machine the CPU
// time is the steadier figure.
#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "load/content_loader.h"
#include "render/opendata/open_data.h"
#include "render/xlsx/reports.h"

using namespace renkei;

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

}  // namespace

TEST_CASE("bench: reports and open data of a national dataset", "[.bench]") {
  const char* content = std::getenv("RENKEI_BENCH_CONTENT");
  const char* out_dir = std::getenv("RENKEI_BENCH_OUT");
  if (!content || !out_dir) FAIL("set RENKEI_BENCH_CONTENT and RENKEI_BENCH_OUT");
  Library lib;
  Diagnostics diags;
  REQUIRE(LoadContent(content, diags, &lib));
  REQUIRE_FALSE(diags.has_errors());
  const Tabulation tab(lib);
  const long rss_loaded = PeakRssMb();
  BuildSettings settings;
  settings.build_time = 1490918400;
  std::filesystem::remove_all(out_dir);
  OutputTree out(out_dir);
  RenderContext ctx{lib, tab, settings, out, diags, {}, nullptr};

  auto start = std::chrono::steady_clock::now();
  double cpu = CpuSeconds();
  RenderReports(ctx);
  const double reports = Seconds(start), reports_cpu = CpuSeconds() - cpu;
  const long rss_reports = PeakRssMb();
  start = std::chrono::steady_clock::now();
  cpu = CpuSeconds();
  if (!std::getenv("RENKEI_BENCH_REPORTS_ONLY")) RenderOpenData(ctx);
  const double open_data = Seconds(start), open_data_cpu = CpuSeconds() - cpu;
  REQUIRE(out.Commit());
  CHECK(diags.all().empty());

  size_t workbooks = 0, bytes = 0;
  for (const auto& e : std::filesystem::directory_iterator(std::string(out_dir) + "/reports")) {
    ++workbooks;
    bytes += e.file_size();
  }
  std::cout << lib.municipalities.size() << " municipalities, " << lib.indicators.size()
            << " indicators, " << tab.years().size() << " years, " << tab.prefectures().size()
            << " prefectures\n"
            << "reports:   " << reports << " s wall, " << reports_cpu << " s CPU for " << workbooks
            << " workbooks (" << bytes / 1024 << " KB); peak RSS " << rss_loaded
            << " MB after loading, " << rss_reports << " MB after the reports\n"
            << "open data: " << open_data << " s wall, " << open_data_cpu << " s CPU; peak RSS "
            << PeakRssMb() << " MB\n";
}
