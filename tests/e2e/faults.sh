#!/usr/bin/env bash
# Faults in the write phase and builds at the same time (issue 7): a build
# interrupted by SIGINT, SIGTERM or SIGKILL, one that cannot write (file size
# limit, like a full disk) and one without permission all leave the previous
# site byte for byte, and no temporary directory survives the next build; two
# builds into one output run one after the other, never interleaved.
source "$(dirname "$0")/common.bash"
chmod 755 "$work"  # an unprivileged user runs renkei in it
leftovers() { ls -d "$1".staging-* "$1".old-* 2>/dev/null; }
cd "$work"
export SOURCE_DATE_EPOCH=1700000000

# Enough pages that a build takes a while and can be caught mid-write.
cp -r "$root/content" content
python3 - <<'PY'
for i in range(3000):
    with open(f"content/pages/load-{i:04d}.md", "w", encoding="utf-8") as f:
        f.write(f"---\ntitle: 負荷試験 {i}\n---\n\n" + "在宅医療と介護の連携を進めます。" * 60 + "\n")
PY
"$renkei" build --out out --quiet >"$work/log-b1.txt" 2>&1 || say_fail "first build failed: $(cat "$work/log-b1.txt")"
sums out >before.txt

wait_for_staging() {  # $1 = pid; true once its staging directory exists
  for _ in $(seq 400); do
    ls -d out.staging-* >/dev/null 2>&1 && return 0
    kill -0 "$1" 2>/dev/null || return 1
    sleep 0.01
  done
  return 1
}

for sig in INT TERM KILL; do
  "$renkei" build --full --out out --quiet >/dev/null 2>&1 &
  pid=$!
  if wait_for_staging $pid; then
    kill -$sig $pid 2>/dev/null
  else
    say_fail "SIG$sig: the build ended before it could be caught mid-write"
  fi
  wait $pid 2>/dev/null
  sums out | cmp -s - before.txt || say_fail "SIG$sig mid-build changed the previous site"
  "$renkei" build --out out --quiet >next.txt 2>&1 || say_fail "build after SIG$sig failed: $(cat next.txt)"
  [ -z "$(leftovers out)" ] || say_fail "after SIG$sig and another build, left: $(leftovers out)"
  sums out | cmp -s - before.txt || say_fail "build after SIG$sig is not the same site"
done

# A write that fails (file size limit: EFBIG, as a full disk gives ENOSPC).
(ulimit -f 64; "$renkei" build --full --out out >efbig.txt 2>&1)
rc=$?
[ $rc -eq 1 ] || say_fail "a failed write should exit 1, got $rc: $(tail -3 efbig.txt)"
grep -q 'cannot write out.staging-[^ ]*/.*File too large' efbig.txt ||
  say_fail "the failed write should name the path: $(tail -3 efbig.txt)"
grep -q "out is as it was before" efbig.txt || say_fail "no 'as it was before' line: $(tail -2 efbig.txt)"
sums out | cmp -s - before.txt || say_fail "a failed write changed the previous site"
[ -z "$(leftovers out)" ] || say_fail "a failed write left: $(leftovers out)"

# No permission to write beside the output: as an unprivileged user when run as root.
mkdir ro
"$renkei" build --out ro/site --quiet >"$work/log-b2.txt" 2>&1 || say_fail "build into ro/site failed: $(cat "$work/log-b2.txt")"
sums ro/site >ro-before.txt
chmod 555 ro
as_user=()
[ "$(id -u)" -eq 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
"${as_user[@]}" "$renkei" build --full --out ro/site >perm.txt 2>&1
rc=$?
[ $rc -ne 0 ] || say_fail "a build without permission should fail"
grep -q 'ro/site.*Permission denied' perm.txt || say_fail "no 'Permission denied' naming ro/site: $(cat perm.txt)"
chmod 755 ro
sums ro/site | cmp -s - ro-before.txt || say_fail "a build without permission changed the site"

# Two builds into one output: the second waits for the first; the result is
# one whole site, the second's.
cp -r content content-b
printf '\n第二のビルド。\n' >>content-b/pages/load-0001.md
"$renkei" build --full --out out --quiet >a.txt 2>&1 &
pid_a=$!
wait_for_staging $pid_a || say_fail "the first build ended before the second started"
"$renkei" build --full --content content-b --out out --quiet >b.txt 2>&1
rc_b=$?
wait $pid_a
rc_a=$?
[ $rc_a -eq 0 ] && [ $rc_b -eq 0 ] || say_fail "concurrent builds failed: $rc_a $rc_b $(cat a.txt b.txt)"
grep -q 'waiting for another renkei build' b.txt || say_fail "the second build did not wait: $(cat b.txt)"
"$renkei" build --full --content content-b --out ref-b --quiet >/dev/null
same_tree out ref-b || say_fail "after two builds at once the site is not the second's: $(diff -rq out ref-b | head -3)"
[ -z "$(leftovers out)" ] || say_fail "concurrent builds left: $(leftovers out)"

# A machine that refuses every new thread (here each thread's stack, as large
# as `ulimit -s` says, cannot be had; a limit on processes does the same):
# the build runs on its one thread and makes the same site, then rebuilds it
# after an edit as it would with threads.
(ulimit -s 1000000000 && "$renkei" build --full --out one-thread --quiet) >threads.txt 2>&1 ||
  say_fail "a build that can start no thread failed: $(cat threads.txt)"
"$renkei" build --full --out threaded --quiet >/dev/null 2>&1
same_tree one-thread threaded ||
  say_fail "one thread made another site: $(diff -rq one-thread threaded | head -3)"
printf '\n一つのスレッドで。\n' >>content/pages/load-0001.md
(ulimit -s 1000000000 && "$renkei" build --out one-thread --quiet) >threads.txt 2>&1 ||
  say_fail "an edit rebuilt without threads failed: $(cat threads.txt)"
"$renkei" build --full --out threaded --quiet >/dev/null 2>&1
same_tree one-thread threaded ||
  say_fail "an edit rebuilt on one thread made another site: $(diff -rq one-thread threaded | head -3)"

[ $fail -eq 0 ] && echo "faults: all checks passed"
exit $fail
