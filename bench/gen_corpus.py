#!/usr/bin/env python3
"""Writes a deterministic national benchmark corpus for renkei (and the same
Markdown pages as a Hugo site).

usage: gen_corpus.py OUT_DIR [--pages N] [--hugo-site-only]

OUT_DIR/content  renkei content: 47 prefectures, 1,741 municipalities with
                 valid codes, 20 indicators in 8 items, 10 fiscal years of
                 status records (~350,000 rows; some files in the wide format,
                 some CP932 with CRLF as Excel saves them), 2,000 budget lines
                 with parts and 内数, 200 models, 500 outcomes, 47 pamphlets
                 (one A4 leaflet per prefecture), N pages.
OUT_DIR/hugo     a Hugo site with the same N pages and a layout with the same
                 HTML structure as renkei's page template.
"""
import argparse
import os
import random

SEED = 20261124
PREFS = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
         "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
         "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
         "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
         "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
         "鹿児島県", "沖縄県"]
# Real municipality counts per prefecture (sum 1,741, 23 special wards in Tokyo included).
COUNTS = [179, 40, 33, 35, 25, 35, 59, 44, 25, 35, 63, 54, 62, 33, 30, 15, 19, 17, 27, 77, 42,
          35, 54, 29, 19, 26, 43, 41, 39, 30, 19, 19, 27, 23, 19, 24, 17, 20, 34, 60, 20, 21, 45,
          18, 26, 43, 41]
ITEMS = [("a", "ア", "地域の医療・介護の資源の把握", 3), ("b", "イ", "在宅医療・介護連携の課題の抽出と対応策の検討", 2),
         ("c", "ウ", "切れ目のない在宅医療と介護の提供体制の構築推進", 2), ("d", "エ", "医療・介護関係者の情報共有の支援", 2),
         ("e", "オ", "在宅医療・介護連携に関する相談支援", 2), ("f", "カ", "医療・介護関係者の研修", 4),
         ("g", "キ", "地域住民への普及啓発", 3), ("h", "ク", "在宅医療・介護連携に関する関係市区町村の連携", 2)]
STATUSES = ["実施", "実施", "実施", "予定", "検討中", "未実施"]
SENTENCES = [
    "国民の60%以上が自宅での療養を望んでいます。",
    "特に都市部において急速な高齢化が進んでおり、死亡者数は2040年にかけて今よりも約40万人増える見込みです。",
    "在宅医療を進めるには、関係する機関が連携し、医療と介護のサービスを包括的かつ継続的に提供することが大切です。",
    "連携拠点に配置されたケアマネジャーの資格を持つ看護師等と医療ソーシャルワーカーが、地域の医療・介護を横断的に支えます。",
    "病気をもちながらも住み慣れた地域で自分らしく過ごすことができるよう、多職種が協働します。",
    "地域の医療機関の分布や医療機能を把握し、リストやマップにまとめて関係者で共有します。",
    "医療・介護関係者が参加する会議を開き、在宅医療・介護連携の課題を抽出して対応策を検討します。",
    "情報共有シートや地域連携パスを活用し、急変時や看取りの際にも情報を共有できるようにします。",
    "相談窓口にはコーディネーターを配置し、患者・家族やケアマネジャーからの相談に応じます。",
    "グループワーク等の多職種参加型研修を通じて、顔の見える関係づくりを進めます。",
    "地域住民を対象にしたシンポジウムや出前講座を開き、在宅医療・介護について知っていただく機会を設けます。",
    "隣接する市区町村と連携し、広域での調整が必要な事項について検討します。",
    "{在宅医療|ざいたくいりょう}は、通院が難しい方のご自宅に医師や看護師が訪問して行う医療です。",
    "訪問看護ステーションは医療と介護の要として機能しています。",
]


def check_digit(five):
    s = sum(int(d) * w for d, w in zip(five, [6, 5, 4, 3, 2]))
    return str((11 - s % 11) % 10)


def municipalities():
    out = []
    for p, (name, n) in enumerate(zip(PREFS, COUNTS), start=1):
        for i in range(n):
            five = f"{p:02d}{(100 + i) if i < 200 else i:03d}"
            code = five + check_digit(five)
            exclude = "島しょ" if (p == 13 and i >= 53) else ""
            out.append((code, f"{name[:-1] if len(name) > 2 else name}第{i + 1}市", f"だい{i + 1}し", name, exclude))
    return out


def write(path, text, encoding="utf-8", newline="\n"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding=encoding, newline=newline) as f:
        f.write(text)


def indicators():
    """20 indicators: one rollup with children in カ and キ, the rest leaves."""
    tree = []
    for item_id, marker, label, n in ITEMS:
        leaves = [f"{item_id}-{k}" for k in range(1, n + 1)]
        tree.append((item_id, marker, label, leaves))
    return tree


def write_items(content, tree):
    lines = ["items:"]
    for item_id, marker, label, leaves in tree:
        lines += [f"  - id: {item_id}", f"    marker: {marker}", f"    label: {label}",
                  f"    purpose: {label}に取り組みます。", "    indicators:"]
        if item_id in ("f", "g"):
            lines += [f"      - id: {item_id}-any", "        label: 下記のいずれかを実施", "        rollup: any",
                      "        children:"]
            lines += [f"          - id: {leaf}\n            label: {label}の取組{leaf[-1]}" for leaf in leaves[1:]]
        else:
            lines += [f"      - id: {leaf}\n        label: {label}の取組{leaf[-1]}" for leaf in leaves]
    write(os.path.join(content, "items.yaml"), "\n".join(lines) + "\n")


def leaf_ids(tree):
    ids = []
    for item_id, _, _, leaves in tree:
        ids += leaves[1:] if item_id in ("f", "g") else leaves
    return ids


def write_status(content, rng, munis, leaves):
    rows = 0
    for year in range(2015, 2025):
        for p in range(1, 48):
            pm = [m for m in munis if int(m[0][:2]) == p]
            wide = (p % 3 == 0)
            cp932 = (p % 5 == 0)
            if wide:
                lines = ["fiscal_year,municipality_code," + ",".join(leaves)]
                for m in pm:
                    lines.append(f"{year},{m[0]}," + ",".join(rng.choice(STATUSES) for _ in leaves))
                    rows += len(leaves)
            else:
                lines = ["fiscal_year,municipality_code,indicator,status,note"]
                for m in pm:
                    for leaf in leaves:
                        lines.append(f"{year},{m[0]},{leaf},{rng.choice(STATUSES)},")
                        rows += 1
            path = os.path.join(content, "status", f"{year}-{p:02d}.csv")
            if cp932:
                write(path, "\n".join(lines) + "\n", encoding="cp932", newline="\r\n")
            else:
                write(path, "\n".join(lines) + "\n")
    return rows


def write_budgets(content, rng):
    kinds = ["要求額", "要望額", "予算額", "補正予算額", "決算額"]
    lines = []
    for i in range(500):
        year = 2012 + i % 10
        parent = f"b{i:04d}"
        lines += [f"- id: {parent}", f"  fiscal_year: {year}", f"  title: 在宅医療推進事業{i}",
                  f"  kind: {kinds[i % len(kinds)]}", f"  amount: {rng.randint(100, 999)}億円"]
        for k in range(3):
            amount = f"{rng.randint(1, 30)}.{rng.randint(0, 9)}億円" if k < 2 else "34.5億円の内数"
            lines += [f"- id: {parent}-{k}", f"  fiscal_year: {year}", f"  title: 内訳{k}",
                      f"  kind: {kinds[i % len(kinds)]}", f"  amount: {amount}", f"  part_of: {parent}"]
    write(os.path.join(content, "budgets", "national.yaml"), "\n".join(lines) + "\n")


def write_models_outcomes(content, rng):
    lines = []
    for i in range(200):
        lines += [f"- id: model-{i:03d}", f"  name: 在宅医療連携モデル{i}", f"  summary: \"{rng.choice(SENTENCES)}\"",
                  "  facets:", f"    lead_body: {rng.choice(['診療所', '病院', '訪問看護ステーション', '市町村', '医師会'])}",
                  f"    region: {rng.choice(['都市型', '過疎地域'])}"]
    write(os.path.join(content, "models", "national.yaml"), "\n".join(lines) + "\n")
    lines = []
    for i in range(500):
        lines += [f"- id: outcome-{i:03d}", f"  fiscal_year: {2012 + i % 10}", f"  activity: 活動{i}",
                  f"  item: {ITEMS[i % 8][0]}", "  effects:", f"    - \"{rng.choice(SENTENCES)}\"",
                  "  figures:", "    title: 実施主体別の拠点数", "    unit: か所", "    rows:",
                  f"      - id: hosp\n        label: 病院\n        value: {rng.randint(20, 40)}",
                  f"      - id: shien\n        label: 在宅療養支援病院\n        value: {rng.randint(1, 19)}\n        part_of: hosp"]
    write(os.path.join(content, "outcomes", "national.yaml"), "\n".join(lines) + "\n")


def write_pamphlets(content):
    """One A4 office leaflet per prefecture: Markdown, an item's progress, a QR code."""
    lines = []
    for p, name in enumerate(PREFS, start=1):
        lines += [f"- id: pref-{p:02d}", f"  title: {name}の在宅医療・介護連携", "  subtitle: 住み慣れた地域で、自分らしく",
                  "  format: a4", "  mode: office", "  sections:",
                  "    - kind: markdown", "      heading: 在宅医療とは", "      text: |",
                  f"        {SENTENCES[12]}{SENTENCES[13]}", f"        {SENTENCES[2]}",
                  "    - kind: item", f"      item: {ITEMS[p % 8][0]}", "      heading: 取組のご紹介",
                  "    - kind: qr", "      heading: ホームページもご覧ください",
                  f"      url: https://renkei.example.jp/national/pref-{p:02d}/", "      height_mm: 24"]
    write(os.path.join(content, "pamphlets", "national.yaml"), "\n".join(lines) + "\n")


def page_body(rng):
    parts, size = [], 0
    target = rng.randint(3000, 6000)
    while size < target:
        kind = rng.random()
        if kind < 0.15:
            block = f"## {rng.choice(ITEMS)[2]}\n"
        elif kind < 0.25:
            block = "\n".join(f"- {rng.choice(SENTENCES)}" for _ in range(3)) + "\n"
        elif kind < 0.3:
            block = "| 項目 | 内容 |\n| --- | --- |\n" + "\n".join(
                f"| {rng.choice(ITEMS)[2]} | {rng.randint(1, 99)}か所 |" for _ in range(3)) + "\n"
        else:
            block = "".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 5))) + "\n"
        parts.append(block)
        size += len(block.encode("utf-8"))
    return "\n".join(parts)


def write_pages(content, hugo, rng, n):
    for i in range(n):
        folder = f"p{i // 1000:03d}"
        slug = f"page-{i:06d}"
        fm = (f"---\ntitle: 在宅医療・介護連携のお知らせ 第{i}号\nslug: {slug}\n"
              f"date: {2020 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d}\n"
              f"description: 在宅医療と介護の連携についてのお知らせです。\n---\n")
        body = page_body(rng)
        write(os.path.join(content, "pages", folder, f"{slug}.md"), fm + body)
        # Hugo does not know the furigana syntax; it renders it as text, which is the same work.
        write(os.path.join(hugo, "content", folder, f"{slug}.md"), fm + body)


HUGO_CONFIG = """baseURL = "https://renkei.example.jp/national/"
languageCode = "ja"
title = "在宅医療・介護連携推進事業（全国）"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[params]
publisher = "ベンチマーク"
[markup.goldmark.renderer]
unsafe = false
[[menu.main]]
name = "ホーム"
url = "/"
weight = 1
[[menu.main]]
name = "事業項目"
url = "/items/"
weight = 2
[[menu.main]]
name = "お知らせ"
url = "/news/"
weight = 3
[[menu.main]]
name = "データ"
url = "/data/"
weight = 4
"""

# The layout of renkei's Markdown pages (templates/layout.mustache, page.mustache
# and the partials header, preferences, breadcrumb and footer), element for
# element, in Hugo's templates: a base, the page's block and the same four
# partials. Until session 11 it was the structure of session 1's template,
# without what renkei's pages gained since (the Open Graph tags, the search
# box, the text size and colour preferences, the menu, the footer's links and
# the scripts): Hugo wrote 5.9 KB a page where renkei writes 9.3 KB.
HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}｜{{ .Site.Title }}</title>
{{ with .Description }}
<meta name="description" content="{{ . }}">
<meta property="og:description" content="{{ . }}">
{{ end }}
<link rel="canonical" href="{{ .Permalink }}">
<meta property="og:url" content="{{ .Permalink }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{{ .Site.Title }}">
<meta property="og:locale" content="ja_JP">
<link rel="alternate" type="application/atom+xml" title="お知らせ（Atom）" href="{{ "feed.xml" | relURL }}">
<link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
<script src="{{ "assets/prefs.js" | relURL }}"></script>
</head>
<body>
<a class="skip-link" href="#main">本文へ移動</a>
{{ partial "header.html" . }}
{{ partial "breadcrumb.html" . }}
<main id="main" class="wrap" tabindex="-1">
{{ block "main" . }}{{ end }}
</main>
{{ partial "footer.html" . }}
<script src="{{ "assets/site.js" | relURL }}"></script>
</body>
</html>
""",
    "_default/single.html": """{{ define "main" }}<article class="page">
<h1>{{ .Title }}</h1>
{{ with .Date }}<p class="page-date"><time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2006年1月2日" }}</time></p>{{ end }}
<div class="prose">
{{ .Content }}
</div>
</article>{{ end }}
""",
    "_default/list.html": "<!DOCTYPE html><title>{{ .Title }}</title>\n",
    "index.html": "<!DOCTYPE html><title>{{ .Site.Title }}</title>\n",
    "partials/header.html": """<header class="site-header">
<div class="wrap header-top">
<p class="site-title"><a href="{{ "index.html" | relURL }}">{{ .Site.Title }}</a></p>
<form class="search-box" action="{{ "search/index.html" | relURL }}" method="get" role="search">
<label for="header-search">サイト内検索</label>
<input id="header-search" type="search" name="q">
<button type="submit">検索</button>
</form>
</div>
{{ partial "preferences.html" . }}
<nav class="global-nav" aria-label="メインメニュー">
<ul class="wrap">
{{ range .Site.Menus.main }}
<li><a href="{{ .URL | relURL }}">{{ .Name }}</a></li>
{{ end }}
</ul>
</nav>
</header>
""",
    "partials/breadcrumb.html": """<nav class="breadcrumb wrap" aria-label="現在の位置">
<ol>
<li><a href="{{ "index.html" | relURL }}">ホーム</a></li>
<li><span aria-current="page">{{ .Title }}</span></li>
</ol>
</nav>
""",
    "partials/footer.html": """<footer class="site-footer">
<div class="wrap">
<ul class="footer-links">
<li><a href="{{ "sitemap/index.html" | relURL }}">サイトマップ</a></li>
<li><a href="{{ "search/index.html" | relURL }}">サイト内検索</a></li>
<li><a href="{{ "feed.xml" | relURL }}">お知らせのフィード（Atom）</a></li>
</ul>
{{ with .Site.Params.publisher }}<p class="publisher">発行：{{ . }}</p>{{ end }}
</div>
</footer>
""",
}


# renkei's preferences partial has no tags: Hugo's is the same file.
PREFERENCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "templates",
                           "partials", "preferences.mustache")


def write_hugo_site(hugo):
    """The Hugo site's configuration and layouts, written anew on every bench/run:
    a corpus made before a change of the layout gets the current one."""
    write(os.path.join(hugo, "config.toml"), HUGO_CONFIG)
    for name, text in HUGO_LAYOUTS.items():
        write(os.path.join(hugo, "layouts", name), text)
    with open(PREFERENCES, encoding="utf-8") as f:
        write(os.path.join(hugo, "layouts", "partials", "preferences.html"), f.read())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--hugo-site-only", action="store_true",
                    help="write only the Hugo site's configuration and layouts")
    args = ap.parse_args()
    if args.hugo_site_only:
        return write_hugo_site(os.path.join(args.out, "hugo"))
    rng = random.Random(SEED)
    content = os.path.join(args.out, "content")
    hugo = os.path.join(args.out, "hugo")
    munis = municipalities()
    write(os.path.join(content, "site.yaml"),
          "title: 在宅医療・介護連携推進事業（全国）\npublisher: ベンチマーク\n"
          "base_url: https://renkei.example.jp/national/\n"
          "report:\n  years: [2023, 2024]\n"
          "taxonomies:\n  - id: lead_body\n    label: 連携拠点となる主体\n  - id: region\n    label: 地域特性\n")
    write(os.path.join(content, "municipalities.csv"),
          "code,name,kana,prefecture,exclude\n" + "".join(",".join(m) + "\n" for m in munis))
    tree = indicators()
    write_items(content, tree)
    rows = write_status(content, rng, munis, leaf_ids(tree))
    write_budgets(content, rng)
    write_models_outcomes(content, rng)
    write_pamphlets(content)
    write_hugo_site(hugo)
    write_pages(content, hugo, rng, args.pages)
    print(f"municipalities {len(munis)}, indicators {len(leaf_ids(tree)) + 2}, status rows {rows}, "
          f"pages {args.pages}")


if __name__ == "__main__":
    main()
