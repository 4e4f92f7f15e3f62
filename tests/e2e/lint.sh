#!/usr/bin/env bash
# The Japanese text checks of `renkei check` end to end, on tests/lint/content:
# the exact output (places in characters, UTF-8 and CP932 files alike), exit
# codes with and without --strict, and --fix round trips: the fixed files equal
# tests/lint/fixed/ byte for byte (encoding and CRLF kept), a file with errors is
# not touched, and a second --fix changes nothing. The sample content passes
# --strict.
set -uo pipefail
renkei=$1
root=$2
fail=0
say_fail() { echo "FAIL: $*"; fail=1; }
fixture=$root/tests/lint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$fixture/content" "$work/content"
cd "$work/content" || exit 1

out=$("$renkei" check . 2>&1)
[ $? -eq 1 ] || say_fail "check: want exit 1 (pages/broken.md has an error)"
diff -u "$fixture/expect.txt" <(echo "$out") || say_fail "check: output differs from tests/lint/expect.txt"

# Without the broken page: warnings only, so exit 0; --strict makes them errors.
mv pages/broken.md "$work/broken.md"
plain=$("$renkei" check . 2>&1) || say_fail "check without errors: want exit 0"
strict=$("$renkei" check --strict . 2>&1)
[ $? -eq 1 ] || say_fail "check --strict: want exit 1"
grep -q ': warning: .*\]$' <<<"$strict" && say_fail "check --strict: lint warnings left as warnings"
[ "$(grep -c ': error: .*\]$' <<<"$strict")" -eq "$(grep -c ': warning: .*\]$' <<<"$plain")" ] ||
  say_fail "check --strict: every lint warning should be an error"
[ "$(grep -c ': error: ' <<<"$strict")" -gt 10 ] || say_fail "check --strict: too few errors"
mv "$work/broken.md" pages/broken.md

cp pages/broken.md "$work/broken.before"
fixed=$("$renkei" check --fix . 2>&1)
[ $? -eq 1 ] || say_fail "check --fix: want exit 1 (pages/broken.md still has its error)"
diff -u "$fixture/expect-fix.txt" <(echo "$fixed") || say_fail "check --fix: output differs from tests/lint/expect-fix.txt"
for f in pages/fix.md pages/sjis.md municipalities.csv; do
  cmp -s "$f" "$fixture/fixed/$f" || say_fail "--fix: $f differs from tests/lint/fixed/$f"
done
cmp -s pages/broken.md "$work/broken.before" || say_fail "--fix touched pages/broken.md, which has errors"
cmp -s pages/clean.md "$fixture/content/pages/clean.md" || say_fail "--fix touched pages/clean.md"
ls -A pages | grep -q renkei-fix && say_fail "--fix left a temporary file"
again=$("$renkei" check --fix . 2>&1)
grep -q ': fixed: ' <<<"$again" && say_fail "a second --fix changed more: $again"

"$renkei" check --strict "$root/content" >"$work/sample.txt" 2>&1 ||
  { grep -E ': error: ' "$work/sample.txt"; say_fail "the sample content does not pass check --strict"; }
"$renkei" check --bogus . >/dev/null 2>&1
[ $? -eq 2 ] || say_fail "an unknown option: want exit 2"
exit $fail
