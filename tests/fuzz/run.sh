#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 20), two at a time, on its seed corpus under
# tests/fuzz/corpus/<target>/. BUILD_DIR (default build-sanitize) is built
# with clang-14, ASan + UBSan and -DRENKEI_FUZZ=ON when its targets are missing.
# Fails on any crash, leak, timeout or sanitizer report. New inputs found
# are kept in a scratch corpus, not in the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
build=${2:-build-sanitize}
if [ ! -f "$build/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DRENKEI_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
targets="csv_fuzzer yaml_fuzzer rules_fuzzer markdown_fuzzer lint_fuzzer check_fuzzer archive_fuzzer"
# shellcheck disable=SC2086
ninja -C "$build" -j2 $targets >"$build.log" 2>&1 || { cat "$build.log"; exit 1; }
# Two targets at a time (FUZZ_JOBS): each fuzzer uses one core, and one after
# the other they left the second core idle for 3.5 minutes of CI.
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
# fuzz_one TARGET: runs it; its summary (or its report, when it failed) goes
# to $results/TARGET.out. Called through xargs, which shellcheck cannot see.
# shellcheck disable=SC2317
fuzz_one() {
  local target=$1 scratch seeds status=0
  scratch=$(mktemp -d)
  seeds=tests/fuzz/corpus/${target%_fuzzer}
  "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 "$scratch" "$seeds" 2>"$scratch.log" || status=1
  if [ "$status" = 0 ]; then
    { grep -E '^stat::number_of_executed_units|^Done' "$scratch.log" | tr '\n' ' '; echo; }
  else
    tail -40 "$scratch.log"
    echo "FAILED"
  fi >"$results/$target.out"
  rm -rf "$scratch" "$scratch.log"
  return "$status"
}
export -f fuzz_one
export build seconds results
status=0
# shellcheck disable=SC2086,SC2016
printf '%s\n' $targets | xargs -P "${FUZZ_JOBS:-2}" -I{} bash -c 'fuzz_one "$1"' _ {} || status=1
for target in $targets; do
  echo "== $target (${seconds}s)"
  cat "$results/$target.out" 2>/dev/null || echo "(no result)"
done
exit $status
