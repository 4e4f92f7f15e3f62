#!/usr/bin/env bash
# Browser tests of the sample site (tests/browser/site_test.js): axe-core WCAG 2.1
# A/AA on every page in all three colour schemes, the Nu HTML Checker, internal
# links, offline search and the text-size/colour switches, in Debian's Chromium.
# Needs chromium, java and `npm ci` in tests/browser (tools/test.sh installs them);
# set RENKEI_SCREENSHOTS=DIR to also save screenshots at 375 and 1280 px.
set -uo pipefail
renkei=$(realpath "$1")
root=$(realpath "$2")
if [ ! -d "$root/tests/browser/node_modules/playwright-core" ] || ! command -v chromium >/dev/null ||
  ! command -v java >/dev/null; then
  echo "SKIP: run tools/test.sh to install chromium, java and tests/browser/node_modules"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/content" "$work/content"
# One entry to a list page: the news and tag lists are paged, so their bars of
# page links are checked too.
echo "list_page_size: 1" >>"$work/content/site.yaml"
(cd "$work" && SOURCE_DATE_EPOCH=1700000000 "$renkei" build --quiet) || { echo "FAIL: build"; exit 1; }
node "$root/tests/browser/site_test.js" "$work/site_out" ${RENKEI_SCREENSHOTS:-}
