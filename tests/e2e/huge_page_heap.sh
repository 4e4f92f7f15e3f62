#!/usr/bin/env bash
# The program's heap comes from huge pages (generator/cli/tcmalloc_heap.cc):
# tcmalloc, linked statically, calls renkei's hook for its system allocator,
# which takes its memory from a huge-page arena (the arena itself is tested in
# util/huge_page_arena_test.cc); if the hook were not called, tcmalloc would
# silently keep its own 4 KB pages. And before tcmalloc starts, the program's
# .preinit_array asks for tcmalloc's static data, gathered by
# generator/cli/tcmalloc_bss.ld into a 2 MB section, to be one huge page,
# faulted in at once. The sanitizers' build has no tcmalloc, and nothing to
# check.
source "$(dirname "$0")/common.bash"
if nm "$renkei" | grep ' __asan_init$' >/dev/null; then
  echo "  $renkei is a sanitizer build, without tcmalloc: no hook to check"
  exit 0
fi
! ldd "$renkei" | grep libtcmalloc >/dev/null ||
  say_fail "renkei loads tcmalloc's shared library: its static data cannot be put on a huge page"
nm -D "$renkei" | grep -E ' T malloc$' >/dev/null ||
  say_fail "renkei does not give the libraries its malloc (tcmalloc's)"
# The section: 2 MB, aligned to 2 MB, holding tcmalloc's page map.
read -r size align < <(readelf -SW "$renkei" |
  awk '$2 == ".tcmalloc_bss" { print $6, $NF }')
[ "$size" = 200000 ] && [ "$align" = 2097152 ] ||
  say_fail "no 2 MB section for tcmalloc's static data (size ${size:-none}, alignment ${align:-none})"
pagemap=$(nm -C "$renkei" | awk '/ tcmalloc::Static::pageheap_$/ { print $1 }')
start=$(nm "$renkei" | awk '/ renkei_tcmalloc_bss_start$/ { print $1 }')
[ -n "$pagemap" ] && [ -n "$start" ] && ((16#$pagemap >= 16#$start && 16#$pagemap < 16#$start + 0x200000)) ||
  say_fail "tcmalloc's page map ($pagemap) is not in its section (from $start)"
# At run time: the section advised and faulted in at a 2 MB boundary, then the
# arena's first 16 MB reserved for huge pages: the hook ran, before tcmalloc
# took any memory.
strace -e trace=madvise -e signal=none -o "$work/madvise" "$renkei" --version >"$work/out"
grep -q '^renkei ' "$work/out" || say_fail "--version printed: $(cat "$work/out")"
grep -Eq '^madvise\(0x[0-9a-f]*[02468ace]00000, 2097152, MADV_HUGEPAGE\) = 0$' "$work/madvise" ||
  say_fail "tcmalloc's static data was not advised as a huge page: $(cat "$work/madvise")"
grep -Eq '^madvise\(0x[0-9a-f]*[02468ace]00000, 2097152, MADV_POPULATE_WRITE\) = 0$' "$work/madvise" ||
  say_fail "tcmalloc's static data was not faulted in at once: $(cat "$work/madvise")"
grep -Eq '^madvise\(0x[0-9a-f]+, 16777216, MADV_HUGEPAGE\) = 0$' "$work/madvise" ||
  say_fail "the arena was not made (the hook did not run?): $(cat "$work/madvise")"
# And the kernel made it a huge page, where it gives them: read from a running
# renkei (a preview server), at the program's load address + the section's.
if ! grep -Eq '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  echo "  transparent huge pages are off on this machine: the page itself is not checked"
  exit $fail
fi
cp -r "$root/tests/fixtures/site/content" "$work/content"
"$renkei" serve --content "$work/content" --out "$work/out" --port 0 >"$work/serve.log" 2>&1 &
pid=$!
trap 'kill -KILL $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 600); do
  grep -q '^serving ' "$work/serve.log" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
offset=$(readelf -SW "$renkei" | awk '$2 == ".tcmalloc_bss" { print $4 }')
base=$(awk -v exe="$renkei" '$6 == exe { print $1; exit }' "/proc/$pid/maps" | cut -d- -f1)
at=$(printf '%x' $((16#${base:-0} + 16#${offset:-0})))
huge=$(awk -v at="$at" '$1 ~ "^" at "-" { found = 1 } found && /^AnonHugePages:/ { print $2; exit }' \
  "/proc/$pid/smaps")
kill -INT "$pid"
wait "$pid"
[ "${huge:-0}" -ge 2048 ] ||
  say_fail "tcmalloc's static data (at $at) is not on a huge page (${huge:-no} kB): $(cat "$work/serve.log")"
exit $fail
