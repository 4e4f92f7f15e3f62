#!/usr/bin/env bash
# Incremental builds: a build with nothing changed does nothing; an edited page
# is rendered again and everything else is taken over; the result is always
# byte for byte what a full build (--full) writes; a changed template, data
# file or missing output file is noticed.
source "$(dirname "$0")/common.bash"
same_as_full() {  # $1 = what just happened
  rm -rf full
  "$renkei" build --full --out full --quiet >/dev/null || say_fail "$1: full build failed"
  diff -r out full >/dev/null || say_fail "$1: incremental output differs from a full build: $(diff -rq out full | head -3)"
}
cp -r "$root/content" "$work/content"
cp -r "$root/templates" "$work/templates"
cd "$work"
export SOURCE_DATE_EPOCH=1700000000

"$renkei" build --out out --quiet >log1.txt || say_fail "first build failed: $(cat log1.txt)"
grep -q '^built .* 0 reused)' log1.txt || say_fail "first build should reuse nothing: $(cat log1.txt)"
[ -f out/.renkei/manifest ] || say_fail "no manifest in the output"

# Nothing changed: nothing is written, the output is untouched.
ls -i out/index.html >inode1.txt
"$renkei" build --out out --quiet >log2.txt || say_fail "no-change build failed"
grep -q '^up to date' log2.txt || say_fail "no-change build should say up to date: $(cat log2.txt)"
ls -i out/index.html | cmp -s - inode1.txt || say_fail "no-change build replaced the output"

# One page edited: it changes, other pages are taken over, same as a full build.
page=$(grep -l '^title:' content/pages/*.md | head -1)
url=$(basename "$page" .md)
printf '\n追記：増分ビルドの確認。\n' >>"$page"
"$renkei" build --out out --quiet >log3.txt || say_fail "edit build failed"
grep -q '増分ビルドの確認' "out/$url/index.html" || say_fail "edited page $url not rendered again"
reused=$(sed -n 's/.* \([0-9]*\) reused)$/\1/p' log3.txt)
[ "${reused:-0}" -gt 10 ] || say_fail "edit build should reuse most files: $(cat log3.txt)"
same_as_full "page edit"

# A template change renders every page again.
sed -i 's|</body>|<!-- 改訂 --></body>|' templates/layout.mustache
"$renkei" build --templates templates --out out --quiet >log4.txt || say_fail "template build failed"
for f in out/index.html "out/$url/index.html"; do
  grep -q '改訂' "$f" || say_fail "template change not in $f"
done
rm -rf full
"$renkei" build --full --templates templates --out full --quiet >/dev/null
diff -r out full >/dev/null || say_fail "template change: differs from a full build"

# A data change reaches the workbooks and open data.
sum_before=$(sha256sum out/reports/*.xlsx | sha256sum)
status=$(ls content/status/*.csv | tail -1)
sed -i '2s/,実施,/,未実施,/' "$status"
if "$renkei" build --out out --quiet >log5.txt; then
  [ "$(sha256sum out/reports/*.xlsx | sha256sum)" != "$sum_before" ] || say_fail "data change did not reach the workbooks"
  same_as_full "data change"
else
  echo "note: the edited status file is not valid ($(head -1 log5.txt)); data reuse not checked"
fi

# A deleted output file is noticed and written again.
rm out/index.html
"$renkei" build --out out --quiet >log6.txt || say_fail "rebuild after delete failed"
[ -f out/index.html ] || say_fail "deleted output file not written again: $(cat log6.txt)"

[ $fail -eq 0 ] && echo "incremental: all checks passed"
exit $fail
