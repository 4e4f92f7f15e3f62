#!/usr/bin/env bash
# libxlsxwriter is loaded only when a workbook is written
# (generator/render/xlsx/xlsx_library.h). A library that cannot be loaded (here
# an empty file found first through LD_LIBRARY_PATH) fails a build that writes
# workbooks with one error and writes nothing; commands and rebuilds that write
# no workbook never load it and work as before.
source "$(dirname "$0")/common.bash"
cd "$work"
export SOURCE_DATE_EPOCH=1700000000
cp -r "$root/content" content
linked=$(objdump -p "$renkei" | grep -c 'NEEDED.*libxlsxwriter')
[ "$linked" = 0 ] || say_fail "renkei is linked with libxlsxwriter: it should load it when needed"
mkdir broken
: >broken/libxlsxwriter.so.4
without() { LD_LIBRARY_PATH="$work/broken" "$renkei" "$@"; }

without --version >/dev/null || say_fail "--version needs libxlsxwriter"
without check content >check.txt 2>&1 || say_fail "check needs libxlsxwriter: $(cat check.txt)"

without build --out out --quiet >stdout.txt 2>stderr.txt
status=$?
[ "$status" = 1 ] || say_fail "a build without libxlsxwriter exited with $status, not 1"
[ ! -e out ] || say_fail "a build without libxlsxwriter wrote its output"
errors=$(grep -c ': error: ' stdout.txt)
[ "$errors" = 1 ] || say_fail "$errors errors, not one: $(cat stdout.txt)"
grep -Eq '^reports/[0-9]{2}-[0-9]{4}\.xlsx: error: cannot load libxlsxwriter\.so\.4, .*: file too short$' \
  stdout.txt || say_fail "the error does not say which library and why: $(cat stdout.txt)"

# With the library, then without it: nothing changed, then a page edited.
"$renkei" build --out out --quiet >"$work/log-b1.txt" 2>&1 || say_fail "the build with libxlsxwriter failed: $(cat "$work/log-b1.txt")"
sums out >before.txt
without build --out out --quiet >nochange.txt 2>&1 || say_fail "no-change: $(cat nochange.txt)"
grep -q '^up to date' nochange.txt || say_fail "no-change rebuild printed: $(cat nochange.txt)"
echo "追記しました。" >>content/pages/about.md
without build --out out --quiet >edit.txt 2>&1 || say_fail "a page edit loaded libxlsxwriter: $(cat edit.txt)"
ls out/reports/*.xlsx >/dev/null 2>&1 || say_fail "the edit lost the workbooks"
grep -q '追記しました' out/about/index.html || say_fail "the edit is not in the page"
exit $fail
