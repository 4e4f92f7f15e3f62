#!/usr/bin/env bash
# The hardening pass: one clang-14 build with AddressSanitizer + UBSan (and
# libFuzzer instrumentation) runs the unit tests and the end-to-end tests
# clean, then fuzzes every parser for FUZZ_SECONDS each (default 30; 0 skips
# fuzzing). Any sanitizer report fails the run. Left out here: the tests that
# bound peak memory (large_inputs: ASan's shadow memory would fail them) and
# those that drive Chromium (browser_site, print_pamphlets: minutes, and the
# renkei side of them is the same build as site_build's).
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-sanitize
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
CC=clang-14 CXX=clang++-14 cmake -S . -B $build -G Ninja -DRENKEI_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets="renkei renkei_tests csv_fuzzer yaml_fuzzer rules_fuzzer markdown_fuzzer lint_fuzzer check_fuzzer archive_fuzzer"
# shellcheck disable=SC2086
ninja -C $build -j2 $targets >$build.log 2>&1 || { cat $build.log; exit 1; }
echo "== unit tests under ASan/UBSan"
$build/renkei_tests
# A report from a renkei run inside an e2e test goes to a file as well, so that
# a test that expects renkei to fail cannot mistake a sanitizer abort for it.
reports=$PWD/$build/reports
rm -rf "$reports" && mkdir -p "$reports"
for script in tests/e2e/*.sh; do
  case $script in */large_inputs.sh | */browser_site.sh | */print_pamphlets.sh) continue ;; esac
  echo "== $script under ASan/UBSan"
  ASAN_OPTIONS=$ASAN_OPTIONS:log_path=$reports/asan UBSAN_OPTIONS=$UBSAN_OPTIONS:log_path=$reports/ubsan \
    bash "$script" "$PWD/$build/renkei" "$PWD" >"$build/e2e.log" 2>&1 || { cat "$build/e2e.log"; exit 1; }
  if [ -n "$(ls -A "$reports")" ]; then cat "$reports"/*; exit 1; fi
done
if [ "${FUZZ_SECONDS:-30}" -gt 0 ]; then
  bash tests/fuzz/run.sh "${FUZZ_SECONDS:-30}" "$build"
fi
