#!/usr/bin/env bash
# Static checks on generator/: cppcheck and clang-tidy (with the checked-in
# .clang-tidy) must report nothing. Test files are left to the compiler.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/compile_commands.json ] || { echo "configure build/ first (tools/setup.sh)"; exit 2; }
status=0
echo "== cppcheck"
cppcheck --quiet --enable=warning,performance,portability --std=c++20 --language=c++ \
  -I generator --suppress=missingIncludeSystem --suppress='*:*_test.cc' --inline-suppr \
  --error-exitcode=1 generator || status=1
echo "== clang-tidy"
# Sources only; headers are checked through them (HeaderFilterRegex).
find generator -name '*.cc' ! -name '*_test.cc' | sort |
  xargs -P 2 -n 8 clang-tidy -p build --quiet 2>/dev/null | grep -E '(warning|error):' | sort -u >/tmp/renkei-tidy.txt || true
if [ -s /tmp/renkei-tidy.txt ]; then
  cat /tmp/renkei-tidy.txt
  status=1
fi
exit $status
