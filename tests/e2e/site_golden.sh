#!/usr/bin/env bash
# `renkei build` golden output: the small fixture site under tests/fixtures/site/content
# renders exactly the pages in tests/fixtures/site/golden/. After an intended change,
# regenerate with: RENKEI_UPDATE_GOLDEN=1 bash tests/e2e/site_golden.sh build/renkei .
set -uo pipefail
renkei=$(realpath "$1")
root=$(realpath "$2")
fixture="$root/tests/fixtures/site"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
SOURCE_DATE_EPOCH=1700000000 "$renkei" build --content "$fixture/content" --out "$work/out" \
  --templates "$work/none" --quiet 2>"$work/err" && { echo "FAIL: a missing --templates dir must be an error"; exit 1; }
SOURCE_DATE_EPOCH=1700000000 "$renkei" build --content "$fixture/content" --out "$work/out" --quiet \
  || { echo "FAIL: fixture build failed"; exit 1; }
files="index.html guide/index.html news/index.html news/event/index.html items/index.html
  items/a/index.html items/f/index.html budgets/index.html outcomes/index.html models/index.html
  models/clinic/index.html tags/index.html sitemap/index.html search/index.html 404.html
  feed.xml sitemap.xml robots.txt search/pages.js search/index-0.js"
fail=0
for f in $files; do
  if [ "${RENKEI_UPDATE_GOLDEN:-}" = 1 ]; then
    mkdir -p "$(dirname "$fixture/golden/$f")"
    cp "$work/out/$f" "$fixture/golden/$f"
    continue
  fi
  if ! diff -u "$fixture/golden/$f" "$work/out/$f" >"$work/diff"; then
    echo "FAIL: $f differs from the golden file:"
    head -40 "$work/diff"
    fail=1
  fi
done
exit $fail
