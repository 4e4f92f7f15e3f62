#!/usr/bin/env bash
# `renkei build` rules: determinism (byte-identical output for the same input and
# SOURCE_DATE_EPOCH, whatever --jobs), atomicity (a failed build leaves the previous
# output byte for byte), refused output directories, page collisions, usage errors.
source "$(dirname "$0")/common.bash"

cp -r "$root/tests/fixtures/site/content" "$work/content"
cd "$work"
export SOURCE_DATE_EPOCH=1700000000

# Determinism: two builds (one thread, two threads) are byte-identical.
"$renkei" build --out a --jobs 1 --quiet || say_fail "build a failed"
"$renkei" build --out b --jobs 2 --quiet || say_fail "build b failed"
same_tree a b || say_fail "two builds differ: $(diff -rq a b | head -3)"
out=$("$renkei" build --out c)
[ "$(tail -n1 <<<"$out")" = "c/index.html" ] || say_fail "last line should be c/index.html, got: $out"

# Atomicity: a data error renders nothing and leaves the previous site as it was.
sums a >before.txt
cp -r content broken
printf 'code,name,kana,prefecture,exclude\n131017,千代田区,ちよだく,東京都,\n' >broken/municipalities.csv
"$renkei" build --content broken --out a >err.txt 2>&1
rc=$?
[ $rc -eq 1 ] || say_fail "broken content: exit $rc, want 1"
grep -q "municipalities.csv:2" err.txt || say_fail "broken content: diagnostic missing: $(cat err.txt)"
sums a | diff before.txt - >/dev/null || say_fail "a failed build changed the previous output"
ls -d a.staging-* >/dev/null 2>&1 && say_fail "a staging directory was left behind"

# A Markdown page at the address of a generated page: an error naming the page.
cp -r content collide
mkdir -p collide/pages/items
printf -- '---\ntitle: 事業\n---\nbody\n' >collide/pages/items/index.md
"$renkei" build --content collide --out a >err.txt 2>&1
rc=$?
[ $rc -eq 1 ] || say_fail "collision: exit $rc, want 1"
grep -q "pages/items/index.md:1:1: error: .*items/index.html" err.txt ||
  say_fail "collision: no error naming the page: $(cat err.txt)"
sums a | diff before.txt - >/dev/null || say_fail "a collision changed the previous output"

# A user's template that includes a missing partial: a clear error, nothing written.
mkdir -p mytemplates
echo '{{> no_such_partial}}' >mytemplates/page.mustache
"$renkei" build --out a --templates mytemplates >err.txt 2>&1
rc=$?
[ $rc -eq 1 ] || say_fail "missing partial: exit $rc, want 1"
grep -q "no_such_partial" err.txt || say_fail "missing partial not named: $(cat err.txt)"
sums a | diff before.txt - >/dev/null || say_fail "a template error changed the previous output"
# A template override that works replaces the shipped file.
echo '<p>own 404 {{page_title}}</p>' >mytemplates/404.mustache
rm mytemplates/page.mustache
"$renkei" build --out d --templates mytemplates --quiet || say_fail "override build failed"
grep -q "own 404" d/404.html || say_fail "the 404 template was not overridden"

# Refused output directories: exit 2, nothing created or removed.
for bad in content . / "$HOME"; do
  "$renkei" build --out "$bad" --quiet >err.txt 2>&1
  rc=$?
  [ $rc -eq 2 ] || say_fail "--out $bad: exit $rc, want 2"
  grep -q "refusing" err.txt || say_fail "--out $bad: no reason given: $(cat err.txt)"
done
[ -f content/site.yaml ] || say_fail "content was touched"

# Usage errors.
for args in "--bogus" "--jobs x" "--out" "extra"; do
  # shellcheck disable=SC2086
  "$renkei" build $args >/dev/null 2>&1
  rc=$?
  [ $rc -eq 2 ] || say_fail "build $args: exit $rc, want 2"
done
SOURCE_DATE_EPOCH=abc "$renkei" build --out e >/dev/null 2>&1
[ $? -eq 2 ] || say_fail "a bad SOURCE_DATE_EPOCH must be a usage error"
"$renkei" help build | grep -q -- "--templates" || say_fail "help build lacks --templates"
exit $fail
