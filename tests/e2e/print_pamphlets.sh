#!/usr/bin/env bash
# Pamphlets end to end: `renkei build` writes self-contained print HTML;
# `renkei pdf` prints the sample leaflets with headless Chromium, and the PDFs
# have the exact page sizes, embedded fonts and panels in the right places; a
# leaflet with too much text fails with the overflow message.
# Needs chromium, poppler-utils and the BIZ UD fonts (tools/test.sh installs them).
set -uo pipefail
renkei=$(realpath "$1")
root=$(realpath "$2")
fail=0
say_fail() { echo "FAIL: $*"; fail=1; }
for tool in chromium pdfinfo pdffonts pdftotext; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (bash tools/test.sh installs it)"; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- build: self-contained HTML ------------------------------------------------
"$renkei" build --content "$root/content" --out "$work/site" --quiet >"$work/build.txt" 2>&1 ||
  { cat "$work/build.txt"; say_fail "renkei build failed"; }
for f in symposium-2026.html symposium-2026-press.html soudan-notice.html; do
  html="$work/site/print/$f"
  [ -s "$html" ] || { say_fail "build did not write print/$f"; continue; }
  grep -qiE '<link|<script|src="https?:|url\(' "$html" && say_fail "$f fetches something (must be self-contained)"
  grep -q 'BIZ UDPGothic' "$html" || say_fail "$f does not ask for BIZ UDPGothic"
done

# --- pdf -----------------------------------------------------------------------
start=$(date +%s%N)
"$renkei" pdf --content "$root/content" --out "$work/pdf" >"$work/pdf.txt" 2>&1 ||
  { cat "$work/pdf.txt"; say_fail "renkei pdf failed"; }
echo "renkei pdf: $(( ($(date +%s%N) - start) / 1000000 )) ms for 3 PDFs"

page_size() { pdfinfo "$1" | sed -n 's/^Page size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 x \2/p'; }
pages() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
expect_pdf() {  # file pages "w x h"
  local pdf="$work/pdf/$1"
  [ -s "$pdf" ] || { say_fail "no $1"; return; }
  [ "$(pages "$pdf")" = "$2" ] || say_fail "$1: $(pages "$pdf") pages, want $2"
  [ "$(page_size "$pdf")" = "$3" ] || say_fail "$1: page size $(page_size "$pdf") pt, want $3"
  # Every font embedded (column "emb" = yes), and BIZ UDPGothic among them.
  pdffonts "$pdf" | tail -n +3 | awk '{ if ($(NF-4) != "yes") bad=1 } END { exit bad }' ||
    say_fail "$1: a font is not embedded: $(pdffonts "$pdf")"
  pdffonts "$pdf" | grep -q BIZUDPGothic || say_fail "$1: BIZ UDPGothic is not used"
}
# A4 landscape = 297 x 210 mm; press = + 2 x (3 mm bleed + 10 mm marks) = 323 x 236 mm.
expect_pdf symposium-2026.pdf 2 "841.92 x 594.96"
expect_pdf symposium-2026-press.pdf 2 "916.08 x 669.12"
expect_pdf soudan-notice.pdf 1 "594.96 x 841.92"

# Where a word sits: "page xMin xMax" of the first word containing $2.
where() {
  pdftotext -bbox "$1" - | awk -v w="$2" '/<page /{p++} index($0, w) && /<word/ {
    match($0, /xMin="[0-9.]*"/); x1 = substr($0, RSTART + 6, RLENGTH - 7)
    match($0, /xMax="[0-9.]*"/); x2 = substr($0, RSTART + 6, RLENGTH - 7)
    print p, x1, x2; exit }'
}
mm() { awk "BEGIN { print ($1) * 72 / 25.4 }"; }
check_panel() {  # pdf word page from_mm to_mm (on the trimmed sheet) offset_mm
  read -r page x1 x2 <<<"$(where "$work/pdf/$1" "$2")"
  [ -n "${page:-}" ] || { say_fail "$1: '$2' not found"; return; }
  local lo hi
  lo=$(mm "$4 + $6 + 5"); hi=$(mm "$5 + $6 - 5")  # 5 mm clear of folds and trim
  [ "$page" = "$3" ] && awk "BEGIN { exit !($x1 >= $lo && $x2 <= $hi) }" ||
    say_fail "$1: '$2' on page $page at x $x1..$x2 pt, want page $3 within $lo..$hi pt"
}
for mode in "symposium-2026.pdf 0" "symposium-2026-press.pdf 13"; do
  read -r pdf off <<<"$mode"
  check_panel "$pdf" "介護シンポジウム" 1 197 297 "$off"   # cover: right third of the outside
  check_panel "$pdf" "お問い合わせ" 1 97 197 "$off"        # back: middle of the outside
  check_panel "$pdf" "自宅で受ける医療です" 2 0 100 "$off"  # inside-left: left third of the inside
  check_panel "$pdf" "日時・会場" 2 200 297 "$off"          # inside-right
done

# --- overflow ------------------------------------------------------------------
cp -r "$root/content" "$work/content"
long=$(printf '在宅医療と介護のことを、住民のみなさんにお知らせします。%.0s' $(seq 1 60))
cat >"$work/content/pamphlets/too-long.yaml" <<YAML
- id: too-long
  title: 長すぎるチラシ
  format: a4-trifold
  mode: press
  sections:
    - kind: markdown
      panel: inside-middle
      text: "$long"
YAML
"$renkei" pdf --content "$work/content" --out "$work/pdf2" too-long >"$work/over.txt" 2>&1
rc=$?
[ $rc -eq 1 ] || say_fail "overflowing pamphlet: renkei pdf exit $rc, want 1"
grep -qE 'too-long.yaml:[0-9]+:[0-9]+: error: pamphlet too-long \(press\): the content of the panel inside-middle on page 2 does not fit: [0-9.]+ mm too tall' "$work/over.txt" ||
  { cat "$work/over.txt"; say_fail "overflow message missing"; }
[ -e "$work/pdf2/too-long.pdf" ] && say_fail "a PDF was written for the overflowing pamphlet"
"$renkei" build --content "$work/content" --out "$work/site2" >"$work/build2.txt" 2>&1 &&
  say_fail "renkei build accepted a panel with far too much text"
grep -q 'the panel inside-middle needs about' "$work/build2.txt" || say_fail "build estimate message missing"

# --- Chromium missing ------------------------------------------------------------
out=$(RENKEI_CHROMIUM= PATH=/nonexistent "$renkei" pdf --content "$root/content" 2>&1)
[ $? -eq 2 ] && grep -q 'Debian package `chromium`' <<<"$out" || say_fail "missing Chromium: $out"
exit $fail
