#!/usr/bin/env bash
# Hostile content (issue: hardening): script never runs from content, strings
# never become formulas, and no path from content escapes the output.
source "$(dirname "$0")/common.bash"
export SOURCE_DATE_EPOCH=1764547200

# 1. Every hostile value is published as text.
"$renkei" build --quiet --content "$root/tests/hostile/content" --out "$work/site" ||
  say_fail "hostile content does not build"
/usr/bin/python3 "$root/tests/hostile/check_output.py" "$work/site" || say_fail "hostile output"

# 2. Symbolic links in content are not followed.
cp -r "$root/tests/fixtures/mini" "$work/links"
mkdir -p "$work/links/pages"
ln -s /etc/passwd "$work/links/pages/passwd.md"
ln -s /etc/hostname "$work/links/status/host.csv"
ln -s / "$work/links/pages/rootdir"
out=$("$renkei" check "$work/links" 2>&1)
[ $? -eq 0 ] || say_fail "symlinks: check should pass with warnings: $out"
[ "$(grep -c 'symbolic links in content are not followed' <<<"$out")" -ge 3 ] ||
  say_fail "symlinks: each link should be reported: $out"
"$renkei" build --quiet --content "$work/links" --out "$work/links-site" >/dev/null 2>&1
if grep -rqs 'root:' "$work/links-site"; then say_fail "symlinks: /etc/passwd was published"; fi

# 3. The output directory may not be the content, inside it, or above it.
for bad in "$work/links" "$work/links/out" "$work" /; do
  "$renkei" build --quiet --content "$work/links" --out "$bad" >/dev/null 2>&1
  [ $? -eq 2 ] || say_fail "out dir $bad should be refused with exit 2"
done
[ ! -e "$work/links/out" ] || say_fail "a refused out dir was created"

# 4. Windows reserved names, traversal and absolute paths in slugs are errors.
cp -r "$root/tests/fixtures/mini" "$work/slugs"
mkdir -p "$work/slugs/pages"
printf -- '---\ntitle: a\nslug: con\n---\n' >"$work/slugs/pages/a.md"
printf -- '---\ntitle: b\nslug: /etc/cron.d\n---\n' >"$work/slugs/pages/b.md"
printf -- '---\ntitle: c\nslug: ..\n---\n' >"$work/slugs/pages/c.md"
out=$("$renkei" check "$work/slugs" 2>&1)
[ $? -eq 1 ] || say_fail "bad slugs should fail"
[ "$(grep -c '`slug`' <<<"$out")" -eq 3 ] || say_fail "each bad slug should be reported: $out"

# 5. Templates and assets that are symbolic links to files outside are not read.
mkdir -p "$work/templates/partials" "$work/templates/print" "$work/assets"
for t in "$root"/templates/*.mustache "$root"/templates/partials/*.mustache "$root"/templates/print/*.mustache; do
  ln -s /etc/passwd "$work/templates/${t#"$root"/templates/}"
done
ln -s /etc/passwd "$work/assets/site.css"
"$renkei" build --quiet --content "$root/content" --templates "$work/templates" \
  --assets "$work/assets" --out "$work/tpl-site" >"$work/log-b1.txt" 2>&1 || say_fail "linked templates: build failed: $(cat "$work/log-b1.txt")"
if grep -rqs 'root:' "$work/tpl-site"; then say_fail "templates: a symlink to /etc/passwd was read"; fi

exit $fail
