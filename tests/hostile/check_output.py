#!/usr/bin/python3
"""Checks a site built from tests/hostile/content: every hostile value was
published as text. Exits 1 listing every problem found.

- HTML: no <script> without src (renkei writes only external scripts), no
  event-handler attribute, no javascript:/vbscript:/data: link (data: images
  only in print pages), no <iframe>/<object>/<embed>/<style> from content.
- xlsx: every cell holding a hostile value is a string, never a formula.
- CSV: text cells that begin with = + - @ TAB or CR start with ' (OWASP).
- JSON: parses, and keeps the values as they were (no quote added).
"""
import csv
import glob
import html.parser
import io
import json
import os
import sys

import openpyxl

out = sys.argv[1]
problems = []

FORBIDDEN_TAGS = {"iframe", "object", "embed", "style", "textarea", "svg"}


class Checker(html.parser.HTMLParser):
    def __init__(self, path):
        super().__init__(convert_charrefs=True)
        self.path = path
        self.in_inline_script = False
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        where = f"{self.path}:{self.getpos()[0]}"
        names = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                problems.append(f"{where}: <{tag}> has an event handler {name}={value!r}")
            if name in ("href", "src", "action", "formaction") and value:
                v = value.strip().lower()
                if v.startswith(("javascript:", "vbscript:")):
                    problems.append(f"{where}: <{tag} {name}> points at {value!r}")
                if v.startswith("data:") and not (self.path.startswith("print/") and v.startswith("data:image/")):
                    problems.append(f"{where}: <{tag} {name}> is a data: URL")
        if tag == "script":
            if "src" not in names:
                self.in_inline_script = True
        # renkei's own styles sit in <head>; inline SVG (QR codes) only in print pages.
        allowed = (tag == "style" and not self.in_body) or (tag in ("svg", "style") and self.path.startswith("print/"))
        if tag in FORBIDDEN_TAGS and not allowed:
            problems.append(f"{where}: <{tag}> must not come from content")

    def handle_data(self, data):
        if self.in_inline_script and "alert" in data:
            problems.append(f"{self.path}:{self.getpos()[0]}: inline script carries content: {data[:60]!r}")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_inline_script = False


html_files = 0
for path in glob.glob(os.path.join(out, "**", "*.html"), recursive=True):
    rel = os.path.relpath(path, out)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    Checker(rel).feed(text)
    html_files += 1
if html_files < 10:
    problems.append(f"only {html_files} HTML files were written")

HOSTILE_STARTS = ("=", "+", "-", "@", "\t", "\r")
books = glob.glob(os.path.join(out, "reports", "*.xlsx"))
if not books:
    problems.append("no workbook was written")
formula_like = 0
for book in books:
    wb = openpyxl.load_workbook(book)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    problems.append(f"{os.path.basename(book)} {ws.title}!{cell.coordinate}: formula {cell.value!r}")
                if isinstance(cell.value, str) and cell.value.startswith(HOSTILE_STARTS):
                    formula_like += 1
if formula_like == 0:
    problems.append("no formula-looking string reached the workbooks (the test lost its teeth)")

guarded = 0
for path in glob.glob(os.path.join(out, "data", "*.csv")):
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.reader(f):
            for cell in row:
                if cell.startswith(HOSTILE_STARTS):
                    # Numbers like -3 stay numbers; text must be guarded.
                    try:
                        float(cell)
                    except ValueError:
                        problems.append(f"data/{os.path.basename(path)}: unguarded cell {cell!r}")
                if cell.startswith("'") and cell[1:].startswith(HOSTILE_STARTS):
                    guarded += 1
if guarded == 0:
    problems.append("no CSV cell was guarded with ' (the test lost its teeth)")

raw_seen = False
for path in glob.glob(os.path.join(out, "data", "*.json")):
    with open(path, encoding="utf-8") as f:
        try:
            data = json.load(f)
        except ValueError as e:
            problems.append(f"data/{os.path.basename(path)}: invalid JSON: {e}")
            continue
    def values(node):
        if isinstance(node, dict):
            for v in node.values():
                yield from values(v)
        elif isinstance(node, list):
            for v in node:
                yield from values(v)
        else:
            yield node
    if '=HYPERLINK("http://evil.example/","click")' in values(data):
        raw_seen = True
if not raw_seen:
    problems.append("JSON open data should keep values as they are (no ' added)")

for p in problems:
    print("FAIL:", p)
print(f"checked {html_files} HTML files, {len(books)} workbooks; {len(problems)} problems")
sys.exit(1 if problems else 0)
