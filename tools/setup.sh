#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, and generate the
# site from content/ into site_out/.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh
# shellcheck disable=SC2086
install_missing $BUILD_PACKAGES
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C build
build/renkei build    # prints where the site is: site_out/index.html
