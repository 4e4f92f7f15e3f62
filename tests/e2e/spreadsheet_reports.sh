#!/usr/bin/env bash
# Report workbooks and open data end to end: build the sample content and the
# round80 fixture, let LibreOffice show the workbooks' displayed values (it must
# open them without a repair prompt, headless), then check figures, formats,
# CSV/JSON and the catalogue (tests/spreadsheet/check_reports.py), that two
# builds give byte-identical workbooks and open data, and that the website's item
# pages show the same figures (tests/spreadsheet/check_agreement.py).
set -uo pipefail
renkei=$1
root=$2
fail=0
say_fail() { echo "FAIL: $*"; fail=1; }
command -v soffice >/dev/null || { echo "FAIL: soffice missing (apt-get install libreoffice-calc)"; exit 1; }
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || { echo "FAIL: python3-openpyxl missing"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1490918400  # 2017-03-31

build() {  # build CONTENT OUT
  "$renkei" build --quiet --content "$1" --out "$2" >"$work/build.log" 2>&1 ||
    { cat "$work/build.log"; say_fail "renkei build $1 failed"; }
}
build "$root/content" "$work/sample"
build "$root/content" "$work/sample2"
build "$root/tests/fixtures/round80" "$work/round80"

for d in reports data; do
  diff -r "$work/sample/$d" "$work/sample2/$d" >/dev/null || say_fail "two builds differ in $d/"
done

to_csv() {  # to_csv OUTDIR XLSX...: one CSV of displayed values per sheet
  mkdir -p "$1"
  local out=$1; shift
  soffice --headless --norestore -env:UserInstallation="file://$work/lo-profile" \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
    --outdir "$out" "$@" >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log"; say_fail "soffice failed"; }
}
to_csv "$work/sample-csv" "$work/sample/reports/"*.xlsx
to_csv "$work/round80-csv" "$work/round80/reports/"*.xlsx

/usr/bin/python3 "$root/tests/spreadsheet/check_reports.py" "$work/sample" "$work/sample-csv" \
  "$work/round80" "$work/round80-csv" || fail=1
# The website's item pages, the workbooks and the open data agree, figure for figure.
/usr/bin/python3 "$root/tests/spreadsheet/check_agreement.py" "$work/sample" "$work/sample-csv" || fail=1
/usr/bin/python3 "$root/tests/spreadsheet/check_agreement.py" "$work/round80" "$work/round80-csv" || fail=1
exit $fail
