#include "render/opendata/catalog.h"

#include <ctime>

#include "util/html_escape.h"
#include "util/text.h"

namespace renkei::opendata {

namespace {

std::string Kilobytes(size_t bytes) {
  return WithThousandsSeparators(static_cast<long long>((bytes + 1023) / 1024)) + " KB";
}

}  // namespace

std::string IsoDate(int64_t seconds) {
  const time_t t = static_cast<time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::string CatalogHtml(const Library& lib, const std::vector<PublishedDataset>& sets,
                        const std::vector<ReportLink>& reports, int64_t build_time) {
  const std::string site = EscapeHtml(lib.site.title);
  std::string h =
      "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>オープンデータ | " +
      site +
      "</title>\n"
      "<style>body{font-family:\"BIZ UDPGothic\",sans-serif;font-size:1.125rem;line-height:1.7;"
      "color:#1a1a1a;background:#fff;max-width:60rem;margin:0 auto;padding:1rem}"
      "table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #666;"
      "padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#e8eef7}"
      "a{color:#0645ad}code{font-size:1rem}</style>\n</head>\n<body>\n"
      "<p><a href=\"../index.html\">" +
      site +
      "（トップページへ）</a></p>\n<main>\n"
      "<h1>オープンデータ</h1>\n"
      "<p>このサイトの数字を、表計算ソフトやプログラムで使えるデータとして公開しています。"
      "CSV は文字コード UTF-8（BOM 付き）、改行 CRLF で、Excel でそのまま開けます。"
      "1行目は日本語の列名です。JSON は英語のキー（下の表の「キー」）を使います。</p>\n"
      "<ul>\n<li>空欄（JSON では null）は、調査していない年度など、値が無いことを表します。0 "
      "ではありません。</li>\n"
      "<li>「全体の%」「増減」の表示用の列は、ウェブサイト・集計表（Excel）と同じ表記です"
      "（小数点第二位で四捨五入、△は減）。計算には「（数値）」の列を使ってください。</li>\n"
      "<li>= + - @ で始まる文字列は、表計算ソフトが式として扱わないよう、CSV では先頭に ' "
      "を付けています。</li>\n"
      "<li>複数の値を持つ列（型 list）は、CSV ではセルの中で改行して区切り、JSON "
      "では配列にしています。</li>\n"
      "<li>機械で読める一覧: <a href=\"catalog.json\">catalog.json</a></li>\n</ul>\n"
      "<p>更新日: " +
      IsoDate(build_time) + "</p>\n";
  if (!reports.empty()) {
    h += "<section aria-labelledby=\"reports\">\n<h2 id=\"reports\">集計表（Excel）</h2>\n"
         "<p>都道府県ごと・年度ごとの集計表です（シート：集計、区市町村別、予算）。"
         "A4横で印刷できます。</p>\n<ul>\n";
    for (const ReportLink& r : reports)
      h += "<li><a href=\"../" + EscapeHtml(r.path) + "\">" + EscapeHtml(r.label) + "</a></li>\n";
    h += "</ul>\n</section>\n";
  }
  for (const PublishedDataset& p : sets) {
    const Dataset& d = *p.dataset;
    const std::string id = EscapeHtml(d.id);
    h += "<section aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">" + EscapeHtml(d.title) +
         "</h2>\n<p>" + EscapeHtml(d.description) + "</p>\n<p>" +
         WithThousandsSeparators(static_cast<long long>(p.rows)) + " 行。ダウンロード: <a href=\"" +
         id + ".csv\">" + id + ".csv</a>（CSV、" + Kilobytes(p.csv_bytes) + "）、<a href=\"" + id +
         ".json\">" + id + ".json</a>（JSON、" + Kilobytes(p.json_bytes) +
         "）</p>\n<table>\n"
         "<caption>" +
         EscapeHtml(d.title) +
         "の列</caption>\n"
         "<tr><th scope=\"col\">列名</th><th scope=\"col\">キー</th><th scope=\"col\">型</th>"
         "<th scope=\"col\">説明</th></tr>\n";
    for (const Column& c : d.columns)
      h += "<tr><td>" + EscapeHtml(c.label) + "</td><td><code>" + EscapeHtml(c.key) +
           "</code></td><td>" + std::string(ColumnTypeName(c.type)) + "</td><td>" +
           EscapeHtml(c.description) + "</td></tr>\n";
    h += "</table>\n</section>\n";
  }
  return h + "</main>\n</body>\n</html>\n";
}

std::string CatalogJson(const Library& lib, const std::vector<PublishedDataset>& sets,
                        int64_t build_time) {
  const std::string base = lib.site.base_url.empty() || lib.site.base_url.ends_with("/")
                               ? lib.site.base_url
                               : lib.site.base_url + "/";
  std::string j =
      "{\n  \"@context\": \"https://www.w3.org/ns/dcat3.jsonld\",\n"
      "  \"@type\": \"Catalog\",\n  \"title\": " +
      JsonString(lib.site.title) + ",\n  \"publisher\": " + JsonString(lib.site.publisher) +
      ",\n  \"homepage\": " + JsonString(base) +
      ",\n  \"modified\": " + JsonString(IsoDate(build_time)) + ",\n  \"dataset\": [";
  for (size_t i = 0; i < sets.size(); ++i) {
    const Dataset& d = *sets[i].dataset;
    j += std::string(i ? "," : "") +
         "\n    {\n      \"@type\": \"Dataset\",\n      \"identifier\": " + JsonString(d.id) +
         ",\n      \"title\": " + JsonString(d.title) +
         ",\n      \"description\": " + JsonString(d.description) +
         ",\n      \"records\": " + std::to_string(sets[i].rows) + ",\n      \"columns\": [";
    for (size_t k = 0; k < d.columns.size(); ++k)
      j += std::string(k ? ", " : "") + "{\"key\": " + JsonString(d.columns[k].key) +
           ", \"label\": " + JsonString(d.columns[k].label) +
           ", \"type\": " + JsonString(ColumnTypeName(d.columns[k].type)) + "}";
    j += "],\n      \"distribution\": [\n"
         "        {\"@type\": \"Distribution\", \"format\": \"CSV\", \"mediaType\": \"text/csv\", "
         "\"characterEncoding\": \"UTF-8\", \"byteSize\": " +
         std::to_string(sets[i].csv_bytes) +
         ", \"downloadURL\": " + JsonString(base + "data/" + d.id + ".csv") +
         "},\n"
         "        {\"@type\": \"Distribution\", \"format\": \"JSON\", \"mediaType\": "
         "\"application/json\", \"byteSize\": " +
         std::to_string(sets[i].json_bytes) +
         ", \"downloadURL\": " + JsonString(base + "data/" + d.id + ".json") + "}\n      ]\n    }";
  }
  return j + "\n  ]\n}\n";
}

}  // namespace renkei::opendata
