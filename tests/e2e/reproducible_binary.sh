#!/usr/bin/env bash
# The binary does not depend on where it was built: neither the checkout's
# path nor the build folder's is written into it (CMakeLists.txt,
# -ffile-prefix-map). Its build id is an input of every build (the manifest),
# so a path in it would make each CI clone at a new path render everything
# again, even from an output restored from a cache.
source "$(dirname "$0")/common.bash"
build_dir=$(dirname "$renkei")
paths=("$root" "$build_dir")
if nm "$renkei" | grep ' __asan_init$' >/dev/null; then  # not -q: nm's SIGPIPE would fail the pipe
  # The sanitizers' build records its sources' paths for its own reports
  # (clang's sanitizer metadata takes no prefix map); it is never published.
  echo "  $renkei is a sanitizer build: its source paths are expected; line tables only"
  paths=()
fi
for path in "${paths[@]}"; do
  count=$(grep -c -a -F "$path" "$renkei")
  [ "$count" = 0 ] || say_fail "$renkei holds its build path $path ($count times): $(
    grep -a -o -F "$path[^[:cntrl:]]*" "$renkei" | head -3)"
done
# The line tables (what perf, gdb and the sanitizers read) are still there,
# with paths relative to the checkout.
main=$(nm "$renkei" | awk '$3 == "main" { print $1 }')
where=$(addr2line -e "$renkei" "0x$main")
[[ "$where" =~ ^(\./)*generator/cli/main\.cc:[0-9]+$ ]] ||
  say_fail "main() is at '$where' in the line tables, not at generator/cli/main.cc:N"
exit $fail
