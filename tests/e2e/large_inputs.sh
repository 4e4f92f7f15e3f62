#!/usr/bin/env bash
# Size and shape (issue: hardening): huge, long, deep and self-multiplying
# inputs end in a clear error or a normal result, with bounded memory.
source "$(dirname "$0")/common.bash"
fresh() { rm -rf "$work/c"; cp -r "$root/tests/fixtures/mini" "$work/c"; }
# run_check WANT_EXIT MAX_RSS_MB LABEL [ARGS...]: runs `renkei ARGS` (default:
# check $work/c), keeps its output in $work/out
run_check() {
  local args=("${@:4}")
  [ ${#args[@]} -gt 0 ] || args=(check "$work/c")
  /usr/bin/time -f '%M' -o "$work/rss" "$renkei" "${args[@]}" >"$work/out" 2>&1
  local rc=$? rss_mb=$(( $(tail -1 "$work/rss") / 1024 ))
  [ $rc -eq "$1" ] || say_fail "$3: exit $rc, want $1: $(tail -3 "$work/out")"
  [ $rss_mb -le "$2" ] || say_fail "$3: peak RSS $rss_mb MB, want at most $2 MB"
  echo "  $3: exit $rc, peak RSS $rss_mb MB"
}

# A 2 GB CSV (sparse, so the test is fast) is refused before it is read.
fresh; truncate -s 2G "$work/c/status/huge.csv"
run_check 1 64 "2 GB CSV"
grep -q 'status/huge.csv: error: the file is too large (2048 MB)' "$work/out" || say_fail "2 GB CSV: no clear message"
# `build` fingerprints every input before loading (incremental builds): in pieces.
run_check 1 64 "2 GB CSV, build" build --content "$work/c" --out "$work/site"
grep -q 'status/huge.csv: error: the file is too large' "$work/out" || say_fail "2 GB CSV build: no clear message"
[ ! -e "$work/site" ] || say_fail "2 GB CSV build: output written"

# 10^6 rows (wide format, no statuses filled in) load with bounded memory.
fresh
{ echo "fiscal_year,municipality_code,a-list,a-map"; yes "2017,131016,," | head -n 1000000; } >"$work/c/status/rows.csv"
# (Rows are held in memory while a file is checked: ~270 MB for these 20 MB.)
run_check 0 400 "10^6 CSV rows"

# A 10 MB line of Japanese without a space in a page.
fresh; mkdir -p "$work/c/pages"
python3 -c "print('---\ntitle: 長い行\nslug: long\n---\n' + '在宅医療と介護の連携を進めます。' * 208000)" >"$work/c/pages/long.md"
run_check 0 600 "10 MB line"

# 10,000-deep nesting and an alias bomb in YAML.
fresh; python3 -c "print('items: ' + '['*10000 + ']'*10000)" >"$work/c/items.yaml"
run_check 1 64 "deep YAML"
grep -q 'items.yaml:1:.*error: YAML nesting is too deep' "$work/out" || say_fail "deep YAML: no clear message"
fresh; mkdir -p "$work/c/budgets"
python3 - >"$work/c/budgets/bomb.yaml" <<'PY'
print('- id: a')
print('  title: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]')
for i in range(1, 12):
    print(f'  t{i}: &a{i} [' + ','.join([f'*a{i-1}' if i > 1 else '*a'] * 9) + ']')
print('  note: *a11')
PY
run_check 1 64 "YAML alias bomb"
grep -q 'budgets/bomb.yaml:2:.*`budgets\[0\].title` must be text' "$work/out" || say_fail "alias bomb: no clear message"

# 100,000 pages in one directory (on tmpfs when there is one: creating 100,000
# files on a disk takes longer than checking them).
big=$(mktemp -d "$( [ -d /dev/shm ] && echo /dev/shm || echo "$work")/renkei-big.XXXXXX")
trap 'rm -rf "$work" "$big"' EXIT
rm -rf "$work/c"
cp -r "$root/tests/fixtures/mini" "$big/c"
ln -s "$big/c" "$work/c"
python3 - "$big/c/pages" <<'PY'
import os, sys
os.makedirs(sys.argv[1], exist_ok=True)
for i in range(100000):
    with open(f"{sys.argv[1]}/p{i:06d}.md", "w", encoding="utf-8") as f:
        f.write(f"---\ntitle: お知らせ {i}\n---\n\n在宅医療の相談は地域包括支援センターへ。\n")
PY
run_check 0 400 "100,000 pages in one directory"
grep -q '^0 errors' "$work/out" || say_fail "100,000 pages: $(tail -1 "$work/out")"
rm -f "$work/c"

exit $fail
