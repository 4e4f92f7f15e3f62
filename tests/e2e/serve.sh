#!/usr/bin/env bash
# `renkei serve` over real HTTP on loopback: pages are served with the reload
# script (the files are not touched), nothing outside the output directory is
# (.., %2e%2e, links out), an edit is rebuilt and served, a data error keeps
# the last good site and shows at /__renkei/status, parallel requests all
# succeed, SIGINT stops it cleanly (exit 0, no staging directory left), and
# without its HTTP module (renkei-http.so) it says so in one line.
set -uo pipefail
renkei=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail=0
say_fail() { echo "FAIL: $*"; fail=1; }
# Generous limits: a loaded two-core machine rebuilds slowly.
timeout=60

cp -r "$root/tests/fixtures/site/content" "$work/content"
mkdir "$work/myassets"
echo "/* serve-asset-1 */" >"$work/myassets/own.css"
echo "outside-secret" >"$work/secret.txt"
cd "$work"
export SOURCE_DATE_EPOCH=1700000000

# Usage errors.
"$renkei" serve --port abc >err.txt 2>&1
[ $? -eq 2 ] || say_fail "--port abc: want exit 2"
"$renkei" serve --bogus >err.txt 2>&1
[ $? -eq 2 ] || say_fail "--bogus: want exit 2"

"$renkei" serve --content content --assets myassets --out out --port 0 --jobs 2 >log.txt 2>&1 &
pid=$!
for _ in $(seq 1 $((timeout * 10))); do
  grep -q '^serving ' log.txt && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
port=$(sed -n 's|^serving out/ at http://127\.0\.0\.1:\([0-9]*\)/ (Ctrl-C stops)$|\1|p' log.txt)
if [ -z "$port" ]; then
  echo "FAIL: no 'serving' line: $(cat log.txt)"
  exit 1
fi
base="http://127.0.0.1:$port"

# get PATH [FILE]: prints the status code, the body goes to FILE (default body).
get() { curl -s --path-as-is --max-time 30 -o "${2:-body}" -w '%{http_code}' "$base$1"; }
# wait_for WHAT COMMAND...: retries COMMAND every 0.2 s for $timeout seconds.
wait_for() {
  local what=$1
  shift
  for _ in $(seq 1 $((timeout * 5))); do
    "$@" && return 0
    sleep 0.2
  done
  say_fail "timed out waiting for $what; log: $(tail -n 20 log.txt)"
  return 1
}

# 1. Pages, with the reload script added as they are served.
[ "$(get /guide/)" = 200 ] || say_fail "/guide/: $(head -c 300 body)"
grep -q '医療' body || say_fail "/guide/ has not the page's text"
grep -q '/__renkei/live.js' body || say_fail "/guide/ has no reload script"
grep -q '/__renkei/live.js' out/guide/index.html && say_fail "the reload script was written to the site"
[ "$(get /)" = 200 ] || say_fail "/ is not served"
[ "$(get /guide)" = 301 ] || say_fail "/guide should redirect to /guide/"
[ "$(get /__renkei/live.js)" = 200 ] && grep -q textContent body || say_fail "live.js"
[ "$(get /no/such/page.html)" = 404 ] || say_fail "a missing page is not 404"

# 2. Nothing outside the output directory.
ln -s "$work/secret.txt" out/leak.txt
ln -s "$work" out/up
for path in /../../etc/passwd /%2e%2e/%2e%2e/etc/passwd /..%2f..%2fsecret.txt \
  /guide/%2E%2E/%2E%2E/secret.txt /leak.txt /up/secret.txt /.renkei/manifest \
  '/..\secret.txt' /a%00.html; do
  code=$(get "$path")
  case "$code" in 400 | 403 | 404) ;; *) say_fail "$path: status $code, want 403/404" ;; esac
  grep -q -e 'outside-secret' -e 'root:' body && say_fail "$path: served a file outside the site"
done

# 3. Parallel requests all succeed.
pages=(/ /guide/ /news/event/ /items/ /assets/site.css /sitemap.xml /404.html /robots.txt /feed.xml /data/)
for i in $(seq 0 19); do
  (code=$(get "${pages[$((i % 10))]}" "par$i.body") && echo "$code" >"par$i.code") &
done
wait_pages() {
  for i in $(seq 0 19); do [ -s "par$i.code" ] || return 1; done
}
wait_for "20 parallel requests" wait_pages
for i in $(seq 0 19); do
  code=$(cat "par$i.code" 2>/dev/null)
  case "$code" in 200 | 301) ;; *) say_fail "parallel request ${pages[$((i % 10))]}: status '$code'" ;; esac
done

# 4. An edit is rebuilt and served; a waiting tab hears of it.
status() { curl -s --max-time 30 "$base/__renkei/status"; }
version=$(status | sed -n 's/.*"version":\([0-9]*\).*/\1/p')
curl -s --max-time 90 "$base/__renkei/wait?v=$version" >wait.json &
waiter=$!
echo "serve-edit-marker-1" >>content/pages/guide.md
page_has() { [ "$(get /guide/)" = 200 ] && grep -q "$1" body; }
wait_for "the edited page" page_has serve-edit-marker-1
wait "$waiter"
grep -q '"error":""' wait.json && ! grep -q "\"version\":$version," wait.json ||
  say_fail "/__renkei/wait did not report the rebuild: $(cat wait.json)"

# An edited asset too.
echo "/* serve-asset-2 */" >myassets/own.css
asset_has() { [ "$(get /assets/own.css)" = 200 ] && grep -q "$1" body; }
wait_for "the edited asset" asset_has serve-asset-2

# 5. A data error: the last good site stays, the error shows at the status endpoint.
cp content/municipalities.csv municipalities.good
printf 'code,name,kana,prefecture,exclude\n131017,千代田区,ちよだく,東京都,\n' >content/municipalities.csv
has_error() { status | grep -q 'municipalities.csv:2'; }
wait_for "the error at /__renkei/status" has_error
grep -q 'municipalities.csv:2' log.txt || say_fail "the error is not in the terminal"
page_has serve-edit-marker-1 || say_fail "the last good page is not served after an error"
cp municipalities.good content/municipalities.csv
no_error() { status | grep -q '"error":""'; }
wait_for "the error to clear" no_error

# 6. SIGINT stops it cleanly.
kill -INT "$pid"
for _ in $(seq 1 $((timeout * 10))); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
  say_fail "still running $timeout s after SIGINT"
else
  wait "$pid"
  rc=$?
  pid=""
  [ $rc -eq 0 ] || say_fail "exit status $rc after SIGINT, want 0; log: $(tail -n 5 log.txt)"
fi
ls -d out.staging-* >/dev/null 2>&1 && say_fail "a staging directory was left behind"

# 7. A port in use: one line, exit 2.
/usr/bin/python3 -c 'import socket,sys,time
s=socket.socket(); s.bind(("127.0.0.1",0)); s.listen(); print(s.getsockname()[1], flush=True); time.sleep(60)' >busy.txt &
holder=$!
for _ in $(seq 1 100); do [ -s busy.txt ] && break; sleep 0.1; done
"$renkei" serve --content content --out out --port "$(cat busy.txt)" >busy.log 2>&1
rc=$?
kill "$holder" 2>/dev/null
[ $rc -eq 2 ] || say_fail "port in use: exit $rc, want 2"
[ "$(wc -l <busy.log)" -eq 1 ] || say_fail "port in use: want one line, got: $(cat busy.log)"

# 8. The HTTP module missing (renkei copied without renkei-http.so): one
# line naming it, exit 2, nothing built; `renkei build` does not need it.
mkdir alone && cp "$renkei" alone/renkei
alone/renkei serve --content content --out alone-out --port 0 >alone.log 2>&1
rc=$?
[ $rc -eq 2 ] || say_fail "module missing: exit $rc, want 2"
grep -q 'renkei-http.so' alone.log && [ "$(wc -l <alone.log)" -eq 1 ] ||
  say_fail "module missing: want one line naming renkei-http.so, got: $(cat alone.log)"
[ -e alone-out ] && say_fail "module missing: serve built before failing"
alone/renkei build --content content --out alone-out --quiet >/dev/null ||
  say_fail "renkei build without the HTTP module failed"

[ $fail -eq 0 ] && echo "serve: all checks passed"
exit $fail
