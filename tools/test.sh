#!/usr/bin/env bash
# Quick start, command 2: run the whole test suite (unit, end-to-end, browser
# and spreadsheet tests). Installs the test tools that are missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh
# shellcheck disable=SC2086
install_missing $BUILD_PACKAGES $TEST_PACKAGES
install_node_if_missing
if [ -f tests/browser/package.json ] && [ ! -d tests/browser/node_modules ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C build
ctest --test-dir build --output-on-failure -j2
# The same tests under ASan/UBSan, then every parser fuzzed for a bounded time.
FUZZ_SECONDS=${FUZZ_SECONDS:-30} bash tests/sanitize.sh
# cppcheck and clang-tidy report nothing on generator/.
bash tests/static_checks.sh
