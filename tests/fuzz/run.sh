#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 20) on its seed corpus under
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
ninja -C "$build" -j2 csv_fuzzer yaml_fuzzer rules_fuzzer markdown_fuzzer lint_fuzzer check_fuzzer archive_fuzzer >"$build.log" 2>&1 ||
  { cat "$build.log"; exit 1; }
status=0
for target in csv_fuzzer yaml_fuzzer rules_fuzzer markdown_fuzzer lint_fuzzer check_fuzzer archive_fuzzer; do
  scratch=$(mktemp -d)
  seeds=tests/fuzz/corpus/${target%_fuzzer}
  echo "== $target (${seconds}s)"
  if ! "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 "$scratch" "$seeds" 2>"$scratch.log"; then
    tail -40 "$scratch.log"
    status=1
  else
    grep -E '^stat::number_of_executed_units|^Done' "$scratch.log" | tr '\n' ' '
    echo
  fi
  rm -rf "$scratch" "$scratch.log"
done
exit $status
