# Sourced by tests/e2e/*.sh (its own name does not end in .sh, so it is not a
# test itself). The test's arguments: $1 = the renkei binary, $2 = the source
# tree. Sets $renkei, $root, a scratch folder $work removed at exit, and
# say_fail, which records a failure in $fail (the test's exit status).
set -uo pipefail
renkei=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
fail=0
say_fail() { echo "FAIL: $*"; fail=1; }
# sums DIR: a checksum line per file, to compare whole trees byte for byte.
# Without the output's caches of this checkout: .renkei/spare (the previous
# site, kept for the next build to recycle) and .renkei/stamps (file times).
sums() {
  (cd "$1" && find . \( -path ./.renkei/spare -o -path ./.renkei/stamps \) -prune -o -type f -print0 |
    sort -z | xargs -0 sha256sum)
}
# same_tree A B: true when the two outputs are byte for byte the same (caches aside).
same_tree() { diff -r -x spare -x stamps "$1" "$2" >/dev/null; }
