#!/usr/bin/python3
"""Checks the report workbooks and open data that `renkei build` wrote.

usage: check_reports.py SAMPLE_OUT SAMPLE_CSV ROUND80_OUT ROUND80_CSV

SAMPLE_OUT   output of `renkei build` on content/ (Tokyo, FY2015/FY2016)
SAMPLE_CSV   LibreOffice's displayed-value CSVs of SAMPLE_OUT/reports/*.xlsx
ROUND80_OUT  output on tests/fixtures/round80 (80 municipalities, 1 did it)
ROUND80_CSV  LibreOffice's CSVs of its workbooks

Run with Debian's /usr/bin/python3 (python3-openpyxl). Prints every failure and
exits 1 when there was one.
"""
import csv
import datetime
import io
import json
import os
import re
import sys
import zipfile

import openpyxl

FAILURES = []


def check(cond, message):
    if not cond:
        FAILURES.append(message)
    return cond


# Tokyo's published table (seed 001): label -> (28年度 count, %, 27年度 count, %, change).
TOKYO = [
    ("(ア) 地域の医療・介護の資源の把握", "地域の医療機関、介護事業者等の住所、連絡先、機能等の把握に向けた取組", "53", "100.0%", "53", "100.0%", "0.0%"),
    ("", "地域の医療・介護の資源のリスト又はマップの作成等", "45", "84.9%", "43", "81.1%", "3.8%"),
    ("(イ) 在宅医療・介護連携の課題の抽出と対応策の検討", "地域の医療・介護関係者等が参画する会議等を開催", "47", "88.7%", "47", "88.7%", "0.0%"),
    ("(ウ) 切れ目のない在宅医療と介護の提供体制の構築推進", "体制の構築に向けた取組", "41", "77.4%", "33", "62.3%", "15.1%"),
    ("(エ) 医療・介護関係者の情報共有の支援", "情報共有ツールについて検討または作成", "35", "66.0%", "32", "60.4%", "5.7%"),
    ("(オ) 在宅医療・介護連携に関する相談支援", "地域の在宅医療と介護の連携を支援する相談窓口の設置", "35", "66.0%", "32", "60.4%", "5.7%"),
    ("(カ) 医療・介護関係者の研修", "医療・介護関係者の研修について、下記のいずれかを実施", "47", "88.7%", "42", "79.2%", "9.4%"),
    ("", "医療関係者、介護関係者の多職種でのグループワーク等の研修", "43", "81.1%", "38", "71.7%", "9.4%"),
    ("", "医療関係者に対する研修", "27", "50.9%", "30", "56.6%", "△5.7%"),
    ("", "介護関係者に対する研修", "41", "77.4%", "", "", ""),
    ("(キ) 地域住民への普及啓発", "地域住民への普及啓発について、下記のいずれかを実施", "41", "77.4%", "34", "64.2%", "13.2%"),
    ("", "地域住民向け在宅医療・介護サービスに関する講演会や出前講座等", "32", "60.4%", "33", "62.3%", "△1.9%"),
    ("", "地域住民向けの普及啓発", "", "", "", "", ""),
    ("", "パンフレット等", "32", "60.4%", "21", "39.6%", "20.8%"),
    ("", "ホームページ等", "29", "54.7%", "19", "35.8%", "18.9%"),
    ("(ク) 在宅医療・介護連携に関する関係市区町村の連携", "隣接区市町村等との情報交換等の実施", "53", "100.0%", "31", "58.5%", "41.5%"),
]
PERCENT = "0.0%"
CHANGE = '0.0%;"△"0.0%'


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def sheet_csv(csv_dir, stem, sheet):
    return read_csv(os.path.join(csv_dir, f"{stem}-{sheet}.csv"))


def data_rows(rows):
    """Rows of 集計 between the header (…数, 全体の%) and the first blank row."""
    start = next(i for i, r in enumerate(rows) if len(r) > 3 and r[3] == "全体の%") + 1
    end = next(i for i in range(start, len(rows)) if not any(rows[i]))
    return rows[start:end]


def check_no_formulas(xlsx):
    with zipfile.ZipFile(xlsx) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                check("<f>" not in z.read(name).decode(), f"{xlsx}:{name}: has a formula")


def check_print_setup(ws, where):
    check(ws.page_setup.orientation == "landscape", f"{where}: not landscape")
    check(str(ws.page_setup.paperSize) == "9", f"{where}: paper is not A4")
    check(ws.sheet_properties.pageSetUpPr.fitToPage, f"{where}: not fit to page")
    check(ws.page_setup.fitToWidth in (1, "1", None), f"{where}: not one page wide")
    check(str(ws.page_setup.fitToHeight) == "0", f"{where}: page height is limited")
    check(ws.print_title_rows, f"{where}: no header rows repeated")
    check("&P" in (ws.oddFooter.center.text or ""), f"{where}: no page number in the footer")
    check(ws.oddHeader.center.text, f"{where}: no title in the header")


def check_sample(out, csv_dir):
    xlsx = os.path.join(out, "reports", "13-2016.xlsx")
    check(os.path.exists(xlsx), "sample: reports/13-2016.xlsx is missing")
    check(not os.path.exists(os.path.join(out, "reports", "13-2015.xlsx")),
          "sample: report years are pinned to 2015→2016, but 13-2015.xlsx was written")
    # Displayed values, as LibreOffice shows them.
    rows = sheet_csv(csv_dir, "13-2016", "集計")
    check(rows[0][0] == "在宅医療・介護連携推進事業の取組状況 集計結果（平成27年度・平成28年度比較）",
          f"sample: title is {rows[0][0]!r}")
    check(rows[1][0] == "東京都", "sample: prefecture row")
    check(any("集計状況(n=53)" in c for r in rows for c in r), "sample: no 集計状況(n=53)")
    check(any(c == "区市町村数" for r in rows for c in r), "sample: Tokyo's header says 区市町村数")
    got = [tuple(r[:7]) for r in data_rows(rows)]
    check(len(got) == len(TOKYO), f"sample: {len(got)} table rows, want {len(TOKYO)}")
    for want, have in zip(TOKYO, got):
        # Merged item cells show their text only in the first row.
        check(have == want, f"sample 集計: got {have}, want {want}")
    notes = [r[0] for r in rows if r and r[0].startswith("※")]
    check(any("四捨五入" in n for n in notes), "sample: no rounding footnote")
    check(any("島しょは除く" in n for n in notes), "sample: no ※島しょは除く footnote")
    check(any("平成28年度末時点" in n for n in notes), "sample: no as-of footnote")

    # Numbers and formats, as stored.
    wb = openpyxl.load_workbook(xlsx)
    check(wb.sheetnames == ["集計", "区市町村別", "予算"], f"sample: sheets {wb.sheetnames}")
    ws = wb["集計"]
    first = next(r for r in range(1, 20) if ws.cell(r, 4).value == "全体の%") + 1
    for i, want in enumerate(TOKYO):
        r = first + i
        label = ws.cell(r, 2).value
        check(label == want[1], f"sample 集計 B{r}: {label!r}")
        for col, text in ((3, want[2]), (5, want[4])):
            v = ws.cell(r, col).value
            if text:
                check(isinstance(v, (int, float)) and v == int(text), f"sample 集計 row {r} col {col}: {v!r}")
            else:
                check(v is None, f"sample 集計 row {r} col {col}: {v!r}, want empty")
        for col, count in ((4, want[2]), (6, want[4])):
            c = ws.cell(r, col)
            if count:
                check(abs(c.value - int(count) / 53) < 1e-12, f"sample 集計 row {r} col {col}: {c.value!r} is not {count}/53")
                check(c.number_format == PERCENT, f"sample 集計 row {r} col {col}: format {c.number_format!r}")
            else:
                check(c.value is None, f"sample 集計 row {r} col {col}: {c.value!r}, want empty")
        c = ws.cell(r, 7)
        if want[6]:
            want_value = float(want[6].replace("△", "-").rstrip("%")) / 100
            check(isinstance(c.value, float) or c.value == 0, f"sample 集計 G{r}: {c.value!r}")
            check(abs((c.value or 0) - want_value) < 1e-12, f"sample 集計 G{r}: {c.value!r}, want {want_value}")
            check(c.number_format == CHANGE, f"sample 集計 G{r}: format {c.number_format!r}")
        else:
            check(c.value is None, f"sample 集計 G{r}: {c.value!r}, want empty")
        check(ws.cell(r, 2).font.name == "BIZ UDPGothic", f"sample 集計 B{r}: font {ws.cell(r, 2).font.name}")
    merged = {str(m) for m in ws.merged_cells.ranges}
    check(f"A{first}:A{first + 1}" in merged, f"sample: (ア) not merged down: {sorted(merged)}")
    check(f"A{first + 6}:A{first + 9}" in merged, "sample: (カ) not merged over its 4 rows")
    check(ws.cell(first + 8, 2).alignment.indent == 1, "sample: child rows are not indented")
    check(ws.cell(first + 13, 2).alignment.indent == 2, "sample: grandchild rows are not indented twice")
    check_print_setup(ws, "sample 集計")

    ws = wb["区市町村別"]
    check(ws.auto_filter.ref, "sample 区市町村別: no autofilter")
    check(ws.freeze_panes == "D6", f"sample 区市町村別: frozen at {ws.freeze_panes}")
    codes = [ws.cell(r, 1).value for r in range(6, ws.max_row + 1)]
    counted = [ws.cell(r, 3).value for r in range(6, 6 + 62)]
    check(codes[0] == "131016", f"sample 区市町村別: first code {codes[0]!r}")
    check(counted[:53] == ["対象"] * 53, "sample 区市町村別: the 53 counted municipalities do not come first")
    check(all(c.startswith("除外") and "島しょ" in c for c in counted[53:62]),
          f"sample 区市町村別: excluded ones last with reason: {counted[53:]}")
    symbols = {ws.cell(r, c).value for r in range(6, 59) for c in range(4, ws.max_column + 1)}
    check(symbols <= {"○", "△", "□", "×", None}, f"sample 区市町村別: symbols {symbols}")
    check("凡例" in (ws.cell(2, 1).value or ""), "sample 区市町村別: no legend")
    check_print_setup(ws, "sample 区市町村別")

    ws = wb["予算"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    uchisu = [r for r in values if r[4] == "34.5億円の内数"]
    check(len(uchisu) == 2, f"sample 予算: 34.5億円の内数 rows as text: {len(uchisu)}")
    project = next((r for r in values if r[1] == "在宅医療・介護推進プロジェクト"), None)
    check(project and project[4] == 12700000, f"sample 予算: 127億円 in 千円: {project}")
    total = next((r for r in values if r[1] == "合計（要望額）"), None)
    check(total and total[4] == 12700000, f"sample 予算: 要望額 total: {total}")
    check_print_setup(ws, "sample 予算")
    fmt = {ws.cell(r, 5).number_format for r in range(4, ws.max_row) if isinstance(ws.cell(r, 5).value, (int, float))}
    check(fmt <= {"#,##0", "#,##0.0##"}, f"sample 予算: formats {fmt}")

    props = wb.properties
    check(props.creator == "東京都福祉保健局", f"sample: author {props.creator!r}")
    check(props.title and props.title.startswith("在宅医療・介護連携推進事業"), f"sample: title {props.title!r}")
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    if epoch:
        want = datetime.datetime.utcfromtimestamp(epoch)
        check(props.created == want, f"sample: created {props.created}, want {want}")
    check_no_formulas(xlsx)

    # Open data of the sample: the same displayed figures.
    summary = read_csv_dicts(os.path.join(out, "data", "indicator_summary.csv"))
    rows16 = [r for r in summary if r["年度"] == "2016" and r["都道府県コード"] == "13"]
    for want in TOKYO:
        r = next((x for x in rows16 if x["指標（内容）"] == want[1]), None)
        if not check(r, f"sample open data: no row for {want[1]}"):
            continue
        have = (r["実施数"], r["全体の%"], r["前年度の実施数"], r["前年度の全体の%"], r["増減"])
        check(have == want[2:], f"sample open data {want[1]}: {have}, want {want[2:]}")


def read_csv_dicts(path):
    raw = open(path, "rb").read()
    check(raw.startswith(b"\xef\xbb\xbf"), f"{path}: no UTF-8 BOM")
    body = raw[3:].decode("utf-8")
    check(body.endswith("\r\n"), f"{path}: last line does not end in CRLF")
    # Every line end outside quoted fields is CRLF: a bare LF may only occur inside quotes.
    in_quotes = False
    for i, ch in enumerate(body):
        if ch == '"':
            in_quotes = not in_quotes
        elif ch == "\n" and not in_quotes and (i == 0 or body[i - 1] != "\r"):
            check(False, f"{path}: bare LF at offset {i}")
            break
    return list(csv.DictReader(io.StringIO(body, newline="")))


def check_round80(out, csv_dir):
    rows = sheet_csv(csv_dir, "02-2016", "集計")
    table = {r[1]: r[2:7] for r in data_rows(rows)}
    check(table.get("1団体（前年度2団体）だけ実施") == ["1", "1.3%", "2", "2.5%", "△1.3%"],
          f"round80 xlsx: {table.get('1団体（前年度2団体）だけ実施')}")
    check(table.get("9団体（前年度8団体）が実施") == ["9", "11.3%", "8", "10.0%", "1.3%"],
          f"round80 xlsx: 9/80 {table.get('9団体（前年度8団体）が実施')}")
    check(table.get("7団体が実施") == ["7", "8.8%", "7", "8.8%", "0.0%"], f"round80 xlsx: 7/80 {table.get('7団体が実施')}")
    check(table.get("下記のいずれかを実施") == ["2", "2.5%", "0", "0.0%", "2.5%"],
          f"round80 xlsx: rollup counts each municipality once: {table.get('下記のいずれかを実施')}")
    check("=1+2" in table and "@SUM(A1)" in table, f"round80 xlsx: formula-looking labels: {list(table)}")
    check(any("集計状況(n=80)" in c for r in rows for c in r), "round80: excluded municipality counted in n")
    check(any(c == "市町村数" for r in rows for c in r), "round80: header should say 市町村数 outside Tokyo")

    xlsx = os.path.join(out, "reports", "02-2016.xlsx")
    check_no_formulas(xlsx)
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["集計"]
    strings = [ws.cell(r, 2) for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value in ("=1+2", "@SUM(A1)")]
    check(len(strings) == 2 and all(c.data_type == "s" for c in strings), "round80: a formula-looking label is not a string")
    budget = [[c.value for c in row] for row in wb["予算"].iter_rows()]
    check(any(r[1] == '=HYPERLINK("https://example.jp","x")' for r in budget), "round80 予算: formula-looking title")
    check(any(r[4] == 1234.5 for r in budget), "round80 予算: 1,234,500円 is 1,234.5千円")
    check(wb.properties.creator == "=テスト県", f"round80: author {wb.properties.creator!r}")
    munis = [wb["区市町村別"].cell(r, 3).value for r in range(6, 6 + 81)]
    check(munis[-1] == "除外（テスト除外）", f"round80 区市町村別: excluded last: {munis[-1]!r}")
    budget_csv = sheet_csv(csv_dir, "02-2016", "予算")
    check(any(r[4] == "1,234.5" for r in budget_csv), "round80 予算 display: 1,234.5")

    # CSV and JSON show the same figures.
    summary = read_csv_dicts(os.path.join(out, "data", "indicator_summary.csv"))
    one = next(r for r in summary if r["年度"] == "2016" and r["指標ID"] == "one")
    check((one["実施数"], one["全体の%"], one["増減"], one["増減（数値）"]) == ("1", "1.3%", "△1.3%", "-1.3"),
          f"round80 CSV: {one}")
    check(one["集計対象数"] == "80", f"round80 CSV: denominator {one['集計対象数']}")
    c1 = next(r for r in summary if r["年度"] == "2016" and r["指標ID"] == "c1")
    check(c1["指標（内容）"] == "'=1+2", f"round80 CSV: formula-looking text not guarded: {c1['指標（内容）']!r}")
    data = json.load(open(os.path.join(out, "data", "indicator_summary.json"), encoding="utf-8"))
    one = next(r for r in data["records"] if r["fiscal_year"] == 2016 and r["indicator_id"] == "one")
    check((one["count"], one["percent"], one["change"], one["change_value"]) == (1, "1.3%", "△1.3%", -1.3),
          f"round80 JSON: {one}")
    c1 = next(r for r in data["records"] if r["fiscal_year"] == 2016 and r["indicator_id"] == "c1")
    check(c1["indicator"] == "=1+2", f"round80 JSON keeps text as it is: {c1['indicator']!r}")
    first = next(r for r in data["records"] if r["fiscal_year"] == 2015)
    check(first["previous_count"] is None and first["change"] is None, "round80 JSON: no previous year is null")


def check_open_data(out):
    data = os.path.join(out, "data")
    catalog = json.load(open(os.path.join(data, "catalog.json"), encoding="utf-8"))
    index = open(os.path.join(data, "index.html"), encoding="utf-8").read()
    ids = [d["identifier"] for d in catalog["dataset"]]
    for want in ("municipalities", "indicator_summary", "status", "budgets", "models", "outcomes"):
        check(want in ids, f"{out}: catalog has no {want}")
    for d in catalog["dataset"]:
        rows = read_csv_dicts(os.path.join(data, d["identifier"] + ".csv"))
        js = json.load(open(os.path.join(data, d["identifier"] + ".json"), encoding="utf-8"))
        check(len(rows) == len(js["records"]) == d["records"], f"{out}: {d['identifier']}: row counts differ")
        labels = [c["label"] for c in d["columns"]]
        if rows:
            check(list(rows[0].keys()) == labels, f"{out}: {d['identifier']}.csv header")
            check(list(js["records"][0].keys()) == [c["key"] for c in d["columns"]], f"{out}: {d['identifier']}.json keys")
        check(f'href="{d["identifier"]}.csv"' in index, f"{out}: index.html does not link {d['identifier']}.csv")
        for c in d["columns"]:
            check(f"<code>{c['key']}</code>" in index, f"{out}: index.html does not document {c['key']}")
    for xlsx in os.listdir(os.path.join(out, "reports")):
        check(f'href="../reports/{xlsx}"' in index, f"{out}: index.html does not link reports/{xlsx}")


def main():
    sample_out, sample_csv, r80_out, r80_csv = sys.argv[1:5]
    check_sample(sample_out, sample_csv)
    check_round80(r80_out, r80_csv)
    check_open_data(sample_out)
    check_open_data(r80_out)
    for f in FAILURES:
        print("FAIL:", f)
    print(f"check_reports: {len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
