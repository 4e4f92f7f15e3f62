#!/usr/bin/env bash
# Long lists are split over numbered pages: the news (newest first) and each
# tag's pages, 20 to a page, the first at the list's own address and the others
# at page/2/, page/3/...; each links to the others (rel prev/next, the current
# one marked), none is lost or shown twice, the numbered pages stay out of the
# search index and the site maps (the dated pages out of the site map page),
# and a changed title renders again only the list page that shows it.
source "$(dirname "$0")/common.bash"
cp -r "$root/content" "$work/content"
cd "$work"
export SOURCE_DATE_EPOCH=1700000000
# 45 dated pages with the tag 講座 (and the sample's own 2 dated pages: 47 news).
for i in $(seq -w 1 45); do
  printf -- '---\ntitle: 講座のお知らせ 第%s回\nslug: kouza-%s\ndate: 2025-01-%02d\ntags: [講座]\n---\n本文 %s。\n' \
    "$i" "$i" "$(( (10#$i - 1) % 28 + 1 ))" "$i" >"content/pages/news/kouza-$i.md"
done
"$renkei" build --out out --quiet >log1.txt || say_fail "build failed: $(cat log1.txt)"

items() { grep -c '^<li>$' "$1"; }  # the page list's entries (one <li> line each)
[ "$(items out/news/index.html)" = 20 ] || say_fail "news page 1 lists $(items out/news/index.html), not 20"
[ "$(items out/news/page/2/index.html)" = 20 ] || say_fail "news page 2 does not list 20"
[ "$(items out/news/page/3/index.html)" = 7 ] || say_fail "news page 3 does not list the last 7"
[ -e out/news/page/4 ] && say_fail "a 4th news page was written for 47 entries"
[ -e out/news/page/1 ] && say_fail "page 1 was also written at page/1/"

# Every dated page once, newest first across the three pages.
dates=$(cat out/news/index.html out/news/page/2/index.html out/news/page/3/index.html |
  sed -n 's/^<time datetime="\([0-9-]*\)".*/\1/p')
[ "$(echo "$dates" | wc -l)" = 47 ] || say_fail "the news pages show $(echo "$dates" | wc -l) dates, not 47"
[ "$dates" = "$(echo "$dates" | sort -r)" ] || say_fail "the news pages are not newest first"
[ "$(grep -ho 'href="[^"]*kouza-[0-9]*/index.html"' out/news/index.html out/news/page/*/index.html | sort -u | wc -l)" = 45 ] ||
  say_fail "not every page of the list is linked exactly once"

# The links between the pages, from the middle one.
p2=out/news/page/2/index.html
grep -q '<a href="../../../news/index.html" rel="prev">前へ</a>' "$p2" || say_fail "page 2 has no link back to page 1"
grep -q '<a href="../../../news/page/3/index.html" rel="next">次へ</a>' "$p2" || say_fail "page 2 has no link on to page 3"
grep -q '<a href="../../../news/page/2/index.html" aria-current="page">2</a>' "$p2" || say_fail "page 2 is not marked current"
grep -q 'rel="prev"' out/news/index.html && say_fail "page 1 links to a page before it"
grep -q 'rel="next"' out/news/page/3/index.html && say_fail "the last page links to a page after it"
grep -q '<title>お知らせ（2ページ目）' "$p2" || say_fail "page 2's title does not say which page it is"
grep -q '2 / 3 ページ' "$p2" || say_fail "page 2 does not say where it is in the list"

# A tag's pages are split the same way.
tag=$(grep -o 'href="[^"]*tags/t-[0-9a-f]*/index.html">講座' out/tags/index.html | sed 's|href="\.\./\(tags/t-[0-9a-f]*\)/.*|\1|')
[ -n "$tag" ] || say_fail "the tag index does not link the tag 講座"
[ "$(items "out/$tag/index.html")" = 20 ] && [ "$(items "out/$tag/page/3/index.html")" = 5 ] ||
  say_fail "the tag 講座's 45 pages are not split 20, 20, 5"
grep -q '講座<span class="count">（45件）</span>' out/tags/index.html ||
  say_fail "the tag index does not count the 45 pages the tag lists"

# Out of the search index and the site maps; the first page stays in them.
grep -q 'news/page/' out/search/pages.js && say_fail "a numbered news page is in the search index"
grep -q 'news/page/' out/sitemap.xml && say_fail "a numbered news page is in sitemap.xml"
grep -q 'news/page/' out/sitemap/index.html && say_fail "a numbered news page is in the site map page"
# The site map page shows the site's structure; the news are in their list.
grep -q 'kouza-' out/sitemap/index.html && say_fail "a dated page is listed on the site map page"
grep -q 'news/kouza-45/' out/sitemap.xml || say_fail "a dated page is missing from sitemap.xml"
grep -q '/news/</loc>' out/sitemap.xml || say_fail "the news list is missing from sitemap.xml"

# A title changed on page 3 renders page 3 again; pages 1 and 2 are taken over.
ls -i out/news/index.html out/news/page/2/index.html out/news/page/3/index.html | awk '{print $1}' >inodes1.txt
oldest=content/pages/news/kouza-01.md  # 2025-01-01: the last of the list
sed -i 's/^title: .*/title: 講座のお知らせ 第01回（改）/' "$oldest"
"$renkei" build --out out --quiet >log2.txt || say_fail "edit build failed: $(cat log2.txt)"
grep -q '第01回（改）' out/news/page/3/index.html || say_fail "page 3 does not show the new title"
ls -i out/news/index.html out/news/page/2/index.html out/news/page/3/index.html | awk '{print $1}' >inodes2.txt
[ "$(sed -n 1,2p inodes1.txt)" = "$(sed -n 1,2p inodes2.txt)" ] ||
  say_fail "a title on page 3 rendered pages 1 and 2 again"
[ "$(sed -n 3p inodes1.txt)" != "$(sed -n 3p inodes2.txt)" ] || say_fail "page 3 was not written again"
rm -rf full
"$renkei" build --full --out full --quiet >"$work/log-b1.txt" 2>&1 || say_fail "full build failed: $(cat "$work/log-b1.txt")"
same_tree out full || say_fail "the edit's lists differ from a full build's"

# One page fewer than a page's worth: the last numbered page goes.
rm content/pages/news/kouza-4[0-5].md content/pages/news/kouza-3[4-9].md
"$renkei" build --out out --quiet >log3.txt || say_fail "build after removals failed: $(cat log3.txt)"
[ -e out/news/page/3 ] && say_fail "news page 3 stayed after its entries were removed"
[ "$(items out/news/page/2/index.html)" = 15 ] || say_fail "news page 2 does not list the last 15"
grep -q 'rel="next"' out/news/page/2/index.html && say_fail "page 2 still links to a page 3"
exit $fail
