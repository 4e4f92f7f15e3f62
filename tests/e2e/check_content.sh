#!/usr/bin/env bash
# `renkei check` end to end: the sample content and the mini fixture pass;
# every broken case under tests/broken/ fails with exit 1 and reports each
# line of its `expect` file (path:line:column: severity: prefix) exactly.
set -uo pipefail
renkei=$(realpath "$1")
root=$(realpath "$2")
fail=0
say_fail() { echo "FAIL: $*"; fail=1; }

"$renkei" check "$root/content" >/tmp/renkei-check-sample.txt 2>&1
rc=$?
[ $rc -eq 0 ] || { cat /tmp/renkei-check-sample.txt; say_fail "sample content: exit $rc, want 0"; }

(cd "$root/tests/fixtures" && "$renkei" check mini) >/dev/null 2>&1 || say_fail "mini fixture does not pass"

for case_dir in "$root"/tests/broken/*/; do
  name=$(basename "$case_dir")
  work=$(mktemp -d)
  cp -r "$root/tests/fixtures/mini" "$work/content"
  if [ -f "$case_dir/remove" ]; then
    while read -r victim; do [ -n "$victim" ] && rm -rf "$work/content/$victim"; done <"$case_dir/remove"
  fi
  (cd "$case_dir" && find . -type f ! -name expect ! -name remove -print0 |
    while IFS= read -r -d '' f; do mkdir -p "$work/content/$(dirname "$f")"; cp "$f" "$work/content/$f"; done)
  out=$(cd "$work/content" && "$renkei" check . 2>&1)
  rc=$?
  [ $rc -eq 1 ] || say_fail "$name: exit $rc, want 1"
  while IFS= read -r want; do
    [ -z "$want" ] && continue
    grep -qF -- "$want" <<<"$out" || say_fail "$name: missing diagnostic '$want'"
  done <"$case_dir/expect"
  [ $fail -eq 0 ] || { echo "--- output of $name:"; echo "$out"; }
  rm -rf "$work"
done
exit $fail
