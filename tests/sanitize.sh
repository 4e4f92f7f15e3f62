#!/usr/bin/env bash
# The hardening pass: one clang-14 build with AddressSanitizer + UBSan (and
# libFuzzer instrumentation) runs the unit tests and the `check` end-to-end
# tests clean, then fuzzes every parser for FUZZ_SECONDS each (default 20;
# 0 skips fuzzing). Any sanitizer report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-sanitize
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
CC=clang-14 CXX=clang++-14 cmake -S . -B $build -G Ninja -DRENKEI_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets="renkei renkei_tests csv_fuzzer yaml_fuzzer rules_fuzzer markdown_fuzzer lint_fuzzer check_fuzzer"
# shellcheck disable=SC2086
ninja -C $build -j2 $targets >$build.log 2>&1 || { cat $build.log; exit 1; }
echo "== unit tests under ASan/UBSan"
$build/renkei_tests
for script in tests/e2e/check_*.sh; do
  echo "== $script under ASan/UBSan"
  bash "$script" "$build/renkei" .
done
if [ "${FUZZ_SECONDS:-20}" -gt 0 ]; then
  bash tests/fuzz/run.sh "${FUZZ_SECONDS:-20}" "$build"
fi
