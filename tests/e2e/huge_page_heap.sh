#!/usr/bin/env bash
# The program's heap comes from huge pages (generator/cli/tcmalloc_heap.cc):
# tcmalloc's weak hook for its system allocator must be bound to renkei's
# definition, or tcmalloc silently keeps its own 4 KB pages (the arena itself
# is tested in util/huge_page_arena_test.cc). The hook also faults in
# tcmalloc's static data with one madvise (MADV_POPULATE_WRITE) before tcmalloc
# clears it. The sanitizers' build has no tcmalloc, and nothing to check.
source "$(dirname "$0")/common.bash"
if ! ldd "$renkei" | grep -q libtcmalloc; then
  echo "  $renkei is not linked with tcmalloc (a sanitizer build): no hook to check"
  exit 0
fi
LD_DEBUG=bindings "$renkei" --version >"$work/out" 2>"$work/bindings"
grep -q '^renkei ' "$work/out" || say_fail "--version printed: $(cat "$work/out")"
grep -q "to $renkei \[0\]: normal symbol \`_Z24tc_get_sysalloc_overrideP12SysAllocator'" \
  "$work/bindings" ||
  say_fail "tcmalloc's hook is not bound to renkei's: $(grep sysalloc "$work/bindings")"
# The static data is tcmalloc's .bss: 1.7 MB with Debian's gperftools 2.10.
strace -e trace=madvise -e signal=none -o "$work/madvise" "$renkei" --version >/dev/null
grep -Eq '^madvise\(0x[0-9a-f]+, [0-9]{6,}, MADV_POPULATE_WRITE\) = 0$' "$work/madvise" ||
  say_fail "tcmalloc's static data was not faulted in at once: $(cat "$work/madvise")"
exit $fail
