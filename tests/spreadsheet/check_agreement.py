#!/usr/bin/python3
"""The website's item pages, the report workbook and the open data show the same
displayed figures for every indicator and report year.

usage: check_agreement.py SITE_OUT WORKBOOK_CSV_DIR

The item pages show the latest report year; the workbooks and the open data
every report year. Each figure the website shows must be in a workbook and the
open data, and each workbook figure in the open data, all displayed alike.

SITE_OUT          output of `renkei build` (items/*/index.html, reports/, data/)
WORKBOOK_CSV_DIR  LibreOffice's displayed-value CSVs of SITE_OUT/reports/*.xlsx
"""
import csv
import glob
import io
import os
import re
import sys
from html.parser import HTMLParser


class ComparisonTables(HTMLParser):
    """Collects <table class="… comparison"> tables: header cells and body rows."""

    def __init__(self):
        super().__init__()
        self.tables, self.table, self.row, self.cell, self.section = [], None, None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and "comparison" in (a.get("class") or ""):
            self.table = {"head": [], "rows": []}
        elif self.table is None:
            return
        elif tag in ("thead", "tbody"):
            self.section = tag
        elif tag == "tr":
            self.row = []
        elif tag in ("th", "td") and self.row is not None:
            self.cell = ""

    def handle_endtag(self, tag):
        if self.table is None:
            return
        if tag in ("th", "td") and self.cell is not None:
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            (self.table["head"] if self.section == "thead" else self.table["rows"]).append(self.row)
            self.row = None
        elif tag == "table":
            self.tables.append(self.table)
            self.table = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def site_figures(site):
    """{(year label, indicator label): (count, %, prev count, prev %, change)} from item pages."""
    out = {}
    for page in sorted(glob.glob(os.path.join(site, "items", "*", "index.html"))):
        p = ComparisonTables()
        p.feed(open(page, encoding="utf-8").read())
        for t in p.tables:
            years = [c for c in t["head"][0] if re.search(r"年度$", c)]
            for r in t["rows"]:
                if len(r) < 3:  # an item heading row
                    continue
                figures = tuple(r[1:]) + ("",) * (5 - len(r[1:]))
                out[(years[0], r[0])] = (page, figures)
    return out


def workbook_figures(csv_dir):
    out = {}
    for path in sorted(glob.glob(os.path.join(csv_dir, "*-集計.csv"))):
        rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
        head = next(i for i, r in enumerate(rows) if len(r) > 3 and r[3] == "全体の%")
        year = rows[head - 1][2]
        for r in rows[head + 1:]:
            if not any(r):
                break
            out[(year, r[1])] = (path, tuple(r[2:7]) + ("",) * (7 - len(r)))
    return out


def open_data_figures(site):
    body = open(os.path.join(site, "data", "indicator_summary.csv"), encoding="utf-8-sig", newline="").read()
    out = {}
    for r in csv.DictReader(io.StringIO(body, newline="")):
        key = (r["年度（和暦）"], r["指標（内容）"].lstrip("'"))
        out[key] = ("data/indicator_summary.csv",
                    (r["実施数"], r["全体の%"], r["前年度の実施数"], r["前年度の全体の%"], r["増減"]))
    return out


def main():
    site, csv_dir = sys.argv[1:3]
    web, book, data = site_figures(site), workbook_figures(csv_dir), open_data_figures(site)
    failures = []
    if not web:
        failures.append("no comparison tables found on the item pages")
    if not book:
        failures.append("no workbook 集計 sheets found")
    # Every figure of every workbook (each prefecture and report year) is in the open
    # data and, for the years the item pages show, on the website, displayed the same.
    web_years = {year for year, _ in web}
    for key, (where, figures) in sorted(book.items()):
        for name, other in (("website", web), ("open data", data)):
            if name == "website" and key[0] not in web_years:
                continue
            if key not in other:
                failures.append(f"{key}: in {where} but not in the {name}")
            elif other[key][1] != figures:
                failures.append(f"{key}: workbook {figures} but {name} ({other[key][0]}) {other[key][1]}")
    for key in web:
        if key not in book:
            failures.append(f"{key}: on the website ({web[key][0]}) but in no workbook")
    for f in failures:
        print("FAIL:", f)
    print(f"check_agreement: {len(book)} figures rows compared, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
