#!/usr/bin/env bash
# Incremental builds: a build with nothing changed does nothing; an edited page
# is rendered again and everything else is taken over; the result is always
# byte for byte what a full build (--full) writes; a changed template, data
# file or missing output file is noticed.
source "$(dirname "$0")/common.bash"
same_as_full() {  # $1 = what just happened
  rm -rf full
  "$renkei" build --full --out full --quiet >log-b1.txt 2>&1 || say_fail "$1: full build failed: $(cat log-b1.txt)"
  same_tree out full ||
    say_fail "$1: incremental output differs from a full build: $(diff -rq -x spare -x stamps out full | head -3)"
}
site_sums() {  # checksums of a site's files, without .renkei/
  (cd "$1" && find . -path ./.renkei -prune -o -type f -print0 | sort -z | xargs -0 sha256sum)
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
"$renkei" build --out out --quiet >log2.txt || say_fail "no-change build failed: $(cat log2.txt)"
grep -q '^up to date' log2.txt || say_fail "no-change build should say up to date: $(cat log2.txt)"
ls -i out/index.html | cmp -s - inode1.txt || say_fail "no-change build replaced the output"

# One page edited: it changes, other pages are taken over, same as a full build.
page=$(grep -l '^title:' content/pages/*.md | head -1)
url=$(basename "$page" .md)
printf '\n追記：増分ビルドの確認。\n' >>"$page"
"$renkei" build --out out --quiet >log3.txt || say_fail "edit build failed: $(cat log3.txt)"
grep -q '増分ビルドの確認' "out/$url/index.html" || say_fail "edited page $url not rendered again"
reused=$(sed -n 's/.* \([0-9]*\) reused)$/\1/p' log3.txt)
[ "${reused:-0}" -gt 10 ] || say_fail "edit build should reuse most files: $(cat log3.txt)"
same_as_full "page edit"
# ... and writes nothing else: no pamphlet, asset or workbook (the page, its
# search shard, and renkei's own records).
touch before-edit
sleep 0.02
printf '\n追記：二度目。\n' >>"$page"
"$renkei" build --out out --quiet >log-b2.txt 2>&1 || say_fail "second edit build failed: $(cat log-b2.txt)"
new=$(find out -path out/.renkei -prune -o -type f -newer before-edit -print | sort | tr '\n' ' ')
[ "$new" = "out/$url/index.html out/search/index-0.js " ] || [ "$new" = "out/$url/index.html " ] ||
  say_fail "a page edit wrote more than the page and its search shard: $new"

# The pages made from all pages (home, news, tags, site map) read the pages'
# front matter, not their text: a text edit leaves them as they are, a title
# edit renders them again.
dated=$(grep -l '^date:' content/pages/*.md content/pages/*/*.md 2>/dev/null | head -1)
written() { sed -n 's/.*(\([0-9]*\) files written.*/\1/p' "$1"; }
printf '\n本文だけの追記。\n' >>"$dated"
"$renkei" build --out out --quiet >log-body.txt || say_fail "text edit build failed: $(cat log-body.txt)"
same_as_full "text edit of a dated page"
sed -i '0,/^title: /s/^title: \(.*\)/title: \1（改）/' "$dated"
"$renkei" build --out out --quiet >log-title.txt || say_fail "title edit build failed: $(cat log-title.txt)"
grep -q '（改）' out/news/index.html || say_fail "the news list does not show the new title"
grep -q '（改）' out/feed.xml || say_fail "the feed (keyed on front matter) does not show the new title"
same_as_full "title edit"
[ "$(written log-body.txt)" -lt "$(written log-title.txt)" ] ||
  say_fail "a text edit rendered the list pages again: $(cat log-body.txt) / $(cat log-title.txt)"

# A template change renders every page again.
sed -i 's|</body>|<!-- 改訂 --></body>|' templates/layout.mustache
"$renkei" build --templates templates --out out --quiet >log4.txt || say_fail "template build failed: $(cat log4.txt)"
for f in out/index.html "out/$url/index.html"; do
  grep -q '改訂' "$f" || say_fail "template change not in $f"
done
rm -rf full
"$renkei" build --full --templates templates --out full --quiet >/dev/null
same_tree out full || say_fail "template change: differs from a full build"

# A data change reaches the workbooks and open data.
sum_before=$(sha256sum out/reports/*.xlsx | sha256sum)
status=$(ls content/status/*.csv | tail -1)
sed -i '2s/,実施,/,未実施,/' "$status"
"$renkei" build --out out --quiet >log5.txt || say_fail "data change build failed: $(cat log5.txt)"
[ "$(sha256sum out/reports/*.xlsx | sha256sum)" != "$sum_before" ] || say_fail "data change did not reach the workbooks"
same_as_full "data change"

# The warnings of the last build are printed again when nothing changed; a
# symbolic link (never followed) is an input of its own, its target is not.
printf -- '---\ntitle: 外\n---\n外のファイル\n' >outside.md
ln -s "$PWD/outside.md" content/pages/link.md
"$renkei" build --out out --quiet >log7.txt 2>&1 || say_fail "build with a link failed: $(cat log7.txt)"
grep -q 'link.md.*warning: symbolic links' log7.txt || say_fail "no warning for the link: $(cat log7.txt)"
echo '書き換え' >>outside.md  # the target is not an input
"$renkei" build --out out --quiet >log8.txt 2>&1
grep -q '^up to date' log8.txt || say_fail "a link's target changing should not matter: $(cat log8.txt)"
grep -q 'link.md.*warning: symbolic links' log8.txt || say_fail "up-to-date build did not repeat the warning: $(cat log8.txt)"
rm content/pages/link.md
"$renkei" build --out out --quiet >log9.txt 2>&1
grep -q '^up to date' log9.txt && say_fail "removing the link went unnoticed"

# Each build updates the tree of two builds ago (.renkei/spare) in place of a
# new one: the previous site becomes the spare exactly as it was served (files
# shared with it by hard links are replaced, never written through), files that
# are no longer made and files put into the output by hand do not survive, and
# the result is still a full build's.
[ -d out/.renkei/spare ] || say_fail "no spare tree kept after a rebuild"
echo 'by hand' >out/by-hand.txt
page2=$(grep -l '^title:' content/pages/*.md | sed -n 2p)
for round in 1 2 3; do
  site_sums out >before.txt
  # Round 2 edits a page that round 1 took over by hard link from the tree
  # round 2 recycles: the one file that could be written through.
  edited=$page
  [ "$round" = 2 ] && edited=$page2
  printf '\n追記 %s。\n' "$round" >>"$edited"
  # A page that exists in round 1 only: round 3 recycles round 1's tree.
  [ "$round" = 1 ] && printf -- '---\ntitle: 一時的なお知らせ\nslug: ichiji\n---\n本文です。\n' >content/pages/ichiji.md
  [ "$round" = 2 ] && rm content/pages/ichiji.md
  "$renkei" build --out out --quiet >log10.txt || say_fail "recycling build $round failed: $(cat log10.txt)"
  site_sums out/.renkei/spare | cmp -s - before.txt ||
    say_fail "round $round: the previous site was changed while it was live"
  grep -q "追記 $round" "out/$(basename "$edited" .md)/index.html" || say_fail "round $round: edit not rendered"
  same_as_full "recycling round $round"
done
[ -e out/by-hand.txt ] && say_fail "a file put into the output by hand survived two builds"
[ -e out/ichiji ] && say_fail "the output of a removed page survived"
[ -d out/.renkei/spare/.renkei/spare ] && say_fail "spare trees nest"

# --full starts from an empty tree and keeps no spare.
"$renkei" build --full --out out --quiet >log-b3.txt 2>&1 || say_fail "--full rebuild failed: $(cat log-b3.txt)"
[ -d out/.renkei/spare ] && say_fail "--full kept a spare tree"
same_as_full "--full rebuild"

# What the loaders said is kept with what they made (.renkei/load): a page
# edit, which takes the records over from there, prints the records' warnings
# as a full build does; a folder where a data file belongs is noticed.
ln -s "$PWD/outside.md" content/status/zz-link.csv
"$renkei" build --out out --quiet >log13.txt 2>&1 || say_fail "build with a status link failed: $(cat log13.txt)"
[ -f out/.renkei/load/records ] || say_fail "no load cache in the output"
printf '\n再追記。\n' >>"$page"
"$renkei" build --out out --quiet >log14.txt 2>&1 || say_fail "page edit after a status link failed: $(cat log14.txt)"
grep -q 'zz-link.csv.*warning: symbolic links' log14.txt ||
  say_fail "the records' warning was lost in a page edit: $(cat log14.txt)"
"$renkei" build --full --out full --quiet >log15.txt 2>&1
diff <(grep -v '^built' log14.txt) <(grep -v '^built' log15.txt) >/dev/null ||
  say_fail "a page edit and a full build say different things: $(diff log14.txt log15.txt)"
same_as_full "page edit with the records from the cache"
rm content/status/zz-link.csv
"$renkei" build --out out --quiet >log-b4.txt 2>&1 || say_fail "build after removing the status link failed: $(cat log-b4.txt)"
mkdir content/status/zz-folder.csv
"$renkei" build --out out --quiet >log16.txt 2>&1 && say_fail "a folder where a status file belongs went unnoticed"
grep -q 'zz-folder.csv.*a directory is where a file belongs' log16.txt ||
  say_fail "no error for the folder: $(cat log16.txt)"
rmdir content/status/zz-folder.csv

# A deleted output file is noticed and written again.
rm out/index.html
"$renkei" build --out out --quiet >log6.txt || say_fail "rebuild after delete failed: $(cat log6.txt)"
[ -f out/index.html ] || say_fail "deleted output file not written again: $(cat log6.txt)"
# ... in a folder too (stat'ed relative to its first folder), and a first
# folder that became a link to a copy of itself. (A file changed in place is
# not noticed: docs/building.md.)
rm out/items/a/index.html
"$renkei" build --out out --quiet >log6b.txt || say_fail "rebuild after a nested delete failed: $(cat log6b.txt)"
[ -f out/items/a/index.html ] || say_fail "deleted nested output not written again: $(cat log6b.txt)"
cp -r out/items items-copy && rm -rf out/items && ln -s "$PWD/items-copy" out/items
"$renkei" build --out out --quiet >log6d.txt || say_fail "rebuild after a folder became a link failed: $(cat log6d.txt)"
grep -q '^up to date' log6d.txt && say_fail "an output folder replaced by a link went unnoticed"
[ -L out/items ] && say_fail "the link stayed in the output"
same_as_full "outputs changed by hand"

# Inputs whose size, times and inode are as the last build saw them are not
# read again (.renkei/stamps); any change to a file changes its ctime, even one
# that keeps its size and modification time.
sleep 3  # stamps are trusted only for files changed 2 s before a build
"$renkei" build --out out --quiet >log-b5.txt 2>&1 || say_fail "build before the stamp checks failed: $(cat log-b5.txt)"
"$renkei" build --out out --quiet >log11.txt
grep -q '^up to date' log11.txt || say_fail "unchanged stamps: not up to date: $(cat log11.txt)"
grep -q "^[0-9]* [0-9]* [0-9]* [0-9]* [0-9a-f]\{16\} content/pages/$(basename "$page")$" out/.renkei/stamps ||
  say_fail "no stamp for $page"
# Without stamps (a fresh clone whose output a CI cache restored), an
# up-to-date build reads every input once and writes the stamps, so that the
# next one need not; the site itself is left alone.
rm out/.renkei/stamps
ls -i out/index.html >inode2.txt
"$renkei" build --out out --quiet >log11b.txt
grep -q '^up to date' log11b.txt || say_fail "no stamps: not up to date: $(cat log11b.txt)"
grep -q "content/pages/$(basename "$page")$" out/.renkei/stamps || say_fail "stamps not written again"
ls -i out/index.html | cmp -s - inode2.txt || say_fail "writing the stamps replaced the output"
ls -a out/.renkei | grep -q 'renkei-' && say_fail "a temporary file was left: $(ls -a out/.renkei)"
ls -i out/.renkei/stamps >stamps-inode.txt
"$renkei" build --out out --quiet >log11c.txt
grep -q '^up to date' log11c.txt || say_fail "after new stamps: not up to date: $(cat log11c.txt)"
ls -i out/.renkei/stamps | cmp -s - stamps-inode.txt || say_fail "stamps written again with nothing new in them"
# ... and so is a new copy of the inputs (new inodes and times, as in a new
# clone) with the output restored beside it, as from a CI cache.
mkdir clone && cp -r content templates clone/ && cp -a out clone/out
(cd clone && "$renkei" build --out out --quiet >../log11d.txt 2>&1)
grep -q '^up to date' log11d.txt || say_fail "a new copy of the inputs: not up to date: $(cat log11d.txt)"
rm -rf clone
mtime=$(stat -c %y "$page")
sed -i '0,/。/s/。/．/' "$page"  # same size in UTF-8: 3 bytes for 3 bytes
touch -d "$mtime" "$page"
"$renkei" build --out out --quiet >log12.txt || say_fail "build after a same-size edit failed: $(cat log12.txt)"
grep -q '^up to date' log12.txt && say_fail "an edit that kept size and mtime went unnoticed"
same_as_full "same-size edit"

# A pamphlet is rendered again only when what it shows changed, and one taken
# over says what it said when it was rendered (a panel's fill estimate).
quoted=content/pages/soudan.md
for i in $(seq 60); do  # the quoted section grows until its panel is too full
  sed -i "/^## こんなときに相談してください/a - 相談の例 $i：家族の介護と医療について、まとめて相談したい。" "$quoted"
  "$renkei" build --out out --quiet >log18.txt 2>&1 || break
  grep -q 'warning: pamphlet soudan-notice' log18.txt && break
done
grep -q 'warning: pamphlet soudan-notice' log18.txt || say_fail "no fill warning for the grown pamphlet: $(cat log18.txt)"
printf '\n追記 p。\n' >>content/pages/about.md  # a page no pamphlet quotes
"$renkei" build --out out --quiet >log19.txt 2>&1 || say_fail "page edit after the pamphlet warning failed: $(cat log19.txt)"
[ "$(stat -c %i out/print/soudan-notice.html)" = "$(stat -c %i out/.renkei/spare/print/soudan-notice.html)" ] ||
  say_fail "a page edit rendered the pamphlets again"
grep -q 'warning: pamphlet soudan-notice' log19.txt || say_fail "the warning of a pamphlet taken over was lost: $(cat log19.txt)"
"$renkei" build --full --out full --quiet >log20.txt 2>&1
diff <(grep -v '^built' log19.txt) <(grep -v '^built' log20.txt) >/dev/null ||
  say_fail "pamphlets taken over and rendered say different things: $(diff log19.txt log20.txt)"
same_as_full "page edit with the pamphlets taken over"
printf '\n追記 q。\n' >>"$quoted"  # the page it quotes
"$renkei" build --out out --quiet >log-b6.txt 2>&1 || say_fail "edit of the quoted page failed: $(cat log-b6.txt)"
[ "$(stat -c %i out/print/soudan-notice.html)" = "$(stat -c %i out/.renkei/spare/print/soudan-notice.html)" ] &&
  say_fail "an edit of the page a pamphlet quotes did not render it again"
same_as_full "edit of a page a pamphlet quotes"
cp "$root/content/pages/soudan.md" "$quoted"

# The search index is patched, not written again: with pages enough for five
# shards (~40,000 grams each), an edit that gives a page one new character
# (龍, in no page yet) rewrites that character's shard alone, and the others
# are the previous site's files. Pages of 1,200 ideographs each, none twice.
python3 - content/pages <<'PY'
import sys
for n in range(80):
    text = ''.join(chr(0x4E00 + (n * 131 + k * 7) % 20000) for k in range(1200))
    with open(f'{sys.argv[1]}/kanji-{n}.md', 'w') as f:
        f.write(f'---\ntitle: 漢字 {n}\n---\n{text}\n')
PY
"$renkei" build --out out --quiet >log-b7.txt 2>&1 || say_fail "build with the kanji pages failed: $(cat log-b7.txt)"
printf '\n。\n' >>content/pages/kanji-7.md  # no new gram
"$renkei" build --out out --quiet >log-b8.txt 2>&1 || say_fail "build after a punctuation edit failed: $(cat log-b8.txt)"
same_as_full "punctuation edit"
shards=$(ls out/search/index-*.js | wc -l)
[ "$shards" -ge 4 ] || say_fail "only $shards search shards: the kanji pages are too short"
printf '\n龍\n' >>content/pages/kanji-7.md
"$renkei" build --out out --quiet >log17.txt || say_fail "build after a new character failed: $(cat log17.txt)"
same_as_full "a new character"
kept=0 changed=0
for f in out/search/index-*.js; do
  previous=out/.renkei/spare/search/$(basename "$f")
  [ "$(stat -c %i "$f")" = "$(stat -c %i "$previous")" ] && kept=$((kept + 1))
  cmp -s "$f" "$previous" || changed=$((changed + 1))
done
[ "$changed" = 1 ] || say_fail "a new character changed $changed search shards, not 1"
[ "$kept" = $((shards - 1)) ] ||
  say_fail "$kept of $shards search shards were taken over from the previous site, not all but one"

[ $fail -eq 0 ] && echo "incremental: all checks passed"
exit $fail
