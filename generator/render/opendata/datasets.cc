#include "render/opendata/datasets.h"

#include <unordered_map>

#include "model/amount.h"
#include "model/budget_totals.h"
#include "model/comparison.h"
#include "model/fiscal_year.h"
#include "model/prefecture.h"
#include "render/xlsx/report_info.h"

namespace renkei::opendata {

namespace {

using T = ColumnType;

Value Text(const std::string& s) { return s.empty() ? Value::Null() : Value::Str(s); }
Value Year(int fy) { return fy > 0 ? Value::Int(fy) : Value::Null(); }
Value YearLabel(int fy) { return fy > 0 ? Value::Str(FormatEraFiscalYear(fy)) : Value::Null(); }

const std::vector<Column> kYearColumns = {
    {"fiscal_year", "年度", T::kInteger, "西暦の年度（4月〜翌年3月、始まる年）: 2016"},
    {"fiscal_year_label", "年度（和暦）", T::kString, "平成28年度"},
};

std::vector<Column> Join(std::vector<Column> a, const std::vector<Column>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

Dataset Municipalities(const Library& lib) {
  return {"municipalities",
          "区市町村一覧",
          "団体コードと名前、集計の対象かどうか（除外の理由）。",
          {{"municipality_code", "団体コード", T::kString,
            "全国地方公共団体コード（チェックディジット付き6桁、先頭の0を含む文字列）"},
           {"name", "名前", T::kString, ""},
           {"kana", "よみがな", T::kString, ""},
           {"prefecture_code", "都道府県コード", T::kString, "2桁: 13"},
           {"prefecture", "都道府県", T::kString, ""},
           {"counted", "集計対象", T::kBoolean, "false の団体は集計（分母・分子）に含めない"},
           {"exclude_reason", "除外の理由", T::kString, "例: 島しょ"}},
          [&lib](TableWriter& w) {
            for (const Municipality& m : lib.municipalities)
              w.Row({Value::Str(m.code), Value::Str(m.name), Text(m.kana),
                     Text(PrefectureCode2(m.prefecture_code)), Text(m.prefecture),
                     Value::Bool(m.counted()), Text(m.exclude)});
          }};
}

Dataset IndicatorSummary(const Library& lib, const Tabulation& tab) {
  auto rows = [&lib, &tab](TableWriter& w) {
    for (int pref : tab.prefectures()) {
      const std::string pref_code = PrefectureCode2(pref);
      const std::string pref_name = xlsx::PrefectureLabel(lib, pref);
      for (const auto& [year, prev] : ReportYears(lib, tab, pref)) {
        const Comparison cmp = BuildComparison(lib, tab, pref, year, prev);
        for (const ComparisonRow& r : cmp.rows) {
          const Indicator& ind = lib.indicators[r.indicator];
          const Item* item = r.item >= 0 ? &lib.items[r.item] : nullptr;
          const bool change = !r.text.change.empty();
          w.Row({Value::Str(pref_code),
                 Text(pref_name),
                 Year(year),
                 YearLabel(year),
                 Year(prev.value_or(0)),
                 Value::Int(cmp.denominator),
                 item ? Text(item->id) : Value(),
                 item ? Text(item->marker) : Value(),
                 item ? Text(item->label) : Value(),
                 Value::Str(ind.id),
                 Value::Str(ind.label),
                 ind.parent >= 0 ? Value::Str(lib.indicators[ind.parent].id) : Value(),
                 Value::Int(r.depth),
                 Value::Bool(r.heading_only),
                 Value::Bool(ind.rollup_any),
                 r.now ? Value::Int(r.now->count) : Value(),
                 Text(r.text.now_percent),
                 r.now && r.now->total
                     ? Value::Decimal(TenthsDecimal(PercentTenths(r.now->count, r.now->total)))
                     : Value(),
                 r.prev ? Value::Int(r.prev->count) : Value(),
                 Text(r.text.prev_percent),
                 r.prev && r.prev->total
                     ? Value::Decimal(TenthsDecimal(PercentTenths(r.prev->count, r.prev->total)))
                     : Value(),
                 Text(r.text.change),
                 change ? Value::Decimal(TenthsDecimal(ChangeTenths(*r.now, *r.prev))) : Value()});
        }
      }
    }
  };
  return {"indicator_summary",
          "指標別の集計（都道府県・年度別）",
          "事業項目（ア）〜（ク）の指標ごとに、実施した区市町村の数と全体に占める割合、前の調査年度"
          "との増減。"
          "表示用の列（全体の%"
          "、増減）は、ウェブサイトと集計表（xlsx）と同じ表記です。空欄は調査していない年度。",
          {{"prefecture_code", "都道府県コード", T::kString, "2桁: 13"},
           {"prefecture", "都道府県", T::kString, ""},
           {"fiscal_year", "年度", T::kInteger, "集計した年度（西暦）"},
           {"fiscal_year_label", "年度（和暦）", T::kString, "平成28年度"},
           {"previous_fiscal_year", "比較した年度", T::kInteger,
            "前の調査年度（西暦）。無いときは空欄"},
           {"denominator", "集計対象数", T::kInteger, "分母: 除外した団体を除く区市町村の数（n）"},
           {"item_id", "事業項目ID", T::kString, "a〜h"},
           {"item_marker", "事業項目記号", T::kString, "ア〜ク"},
           {"item", "事業項目", T::kString, ""},
           {"indicator_id", "指標ID", T::kString, ""},
           {"indicator", "指標（内容）", T::kString, ""},
           {"parent_indicator_id", "上位の指標ID", T::kString, "字下げされた行の親"},
           {"depth", "階層", T::kInteger, "0 = 事業項目のすぐ下"},
           {"heading_only", "見出しのみ", T::kBoolean, "true の行は数を持たない見出し"},
           {"rollup_any", "いずれかを実施", T::kBoolean,
            "下の指標のどれかを実施していれば実施と数える行"},
           {"count", "実施数", T::kInteger, "実施した区市町村の数"},
           {"percent", "全体の%", T::kString, "表示どおり（小数点第二位で四捨五入）: 84.9%"},
           {"percent_value", "全体の%（数値）", T::kNumber, "84.9"},
           {"previous_count", "前年度の実施数", T::kInteger, ""},
           {"previous_percent", "前年度の全体の%", T::kString, "表示どおり"},
           {"previous_percent_value", "前年度の全体の%（数値）", T::kNumber, ""},
           {"change", "増減", T::kString,
            "表示どおり: 5.7% / △5.7%（△は減）。端数処理前の割合の差を四捨五入"},
           {"change_value", "増減（数値）", T::kNumber, "ポイント: -5.7"}},
          rows};
}

Dataset StatusByMunicipality(const Library& lib, const Tabulation& tab) {
  auto rows = [&lib, &tab](TableWriter& w) {
    const size_t n_ind = lib.indicators.size(), n_muni = lib.municipalities.size();
    auto key = [&](int year, int m, int i) {
      return (static_cast<uint64_t>(year) * n_muni + m) * n_ind + i;
    };
    std::unordered_map<uint64_t, const std::string*> notes;
    for (const StatusRecord& r : lib.statuses)
      if (r.note >= 0) notes[key(r.fiscal_year, r.municipality, r.indicator)] = &lib.NoteOf(r);
    for (int year : tab.years()) {
      const std::string year_label = FormatEraFiscalYear(year);
      for (size_t m = 0; m < n_muni; ++m) {
        const Municipality& muni = lib.municipalities[m];
        for (size_t i = 0; i < n_ind; ++i) {
          const Indicator& ind = lib.indicators[i];
          if (ind.heading_only()) continue;
          const std::optional<Status> s =
              tab.StatusOf(static_cast<int>(m), year, static_cast<int>(i));
          if (!s) continue;
          auto note = notes.find(key(year, static_cast<int>(m), static_cast<int>(i)));
          // Views, not copies: 350,000 rows of names and ids that the Library holds.
          w.Row({Value::Int(year), Value::View(year_label), Value::View(muni.code),
                 Value::View(muni.name), Value::Bool(muni.counted()),
                 ind.item >= 0 ? Value::View(lib.items[ind.item].marker) : Value(),
                 Value::View(ind.id), Value::View(ind.label), Value::Bool(!ind.is_leaf()),
                 Value::View(StatusKey(*s)), Value::View(StatusLabel(*s)),
                 Value::View(StatusSymbol(*s)),
                 note == notes.end() ? Value() : Value::View(*note->second)});
        }
      }
    }
  };
  return {"status", "区市町村別の取組状況",
          "年度・区市町村・指標ごとの取組状況（実施・予定・検討中・未実施）。記録の無い組み合わせは"
          "含みません。",
          Join(kYearColumns,
               {{"municipality_code", "団体コード", T::kString, "チェックディジット付き6桁"},
                {"municipality", "区市町村", T::kString, ""},
                {"counted", "集計対象", T::kBoolean, "false の団体は集計に含めない"},
                {"item_marker", "事業項目記号", T::kString, "ア〜ク"},
                {"indicator_id", "指標ID", T::kString, ""},
                {"indicator", "指標（内容）", T::kString, ""},
                {"derived", "集計で求めた値", T::kBoolean,
                 "true: 下の指標から求めた状況（最も進んだもの）"},
                {"status", "状況キー", T::kString, "done / planned / considering / not_done"},
                {"status_label", "状況", T::kString, "実施 / 予定 / 検討中 / 未実施"},
                {"status_symbol", "記号", T::kString, "○ / △ / □ / ×"},
                {"note", "備考", T::kString, ""}}),
          rows};
}

Dataset Budgets(const Library& lib) {
  return {
      "budgets", "予算",
      "予算の行。part_of "
      "のある行は親の行の内訳、「〜の内数」の行は金額が分からず、どちらも合計に入れません。",
      Join(kYearColumns,
           {{"id", "ID", T::kString, ""},
            {"title", "事業名", T::kString, ""},
            {"kind", "区分", T::kString, "要求額、要望額、補正予算額など"},
            {"category", "分類", T::kString, ""},
            {"part_of", "親の行のID", T::kString, "この行が内訳になっている行"},
            {"amount_yen", "金額（円）", T::kInteger, "「〜の内数」のときは空欄"},
            {"amount", "金額（表示）", T::kString, "31億円、34.5億円の内数"},
            {"uchisu_of_yen", "内数の元の金額（円）", T::kInteger, "「34.5億円の内数」の 34.5億円"},
            {"counts_in_total", "合計に入れる", T::kBoolean, ""},
            {"note", "説明", T::kString, ""},
            {"source", "出典", T::kString, ""}}),
      [&lib](TableWriter& w) {
        for (const BudgetLine& b : lib.budgets)
          w.Row({Year(b.fiscal_year), YearLabel(b.fiscal_year), Value::Str(b.id),
                 Value::Str(b.title), Text(b.kind), Text(b.category), Text(b.part_of),
                 b.amount.yen ? Value::Int(*b.amount.yen) : Value(), Text(FormatAmount(b.amount)),
                 b.amount.container_yen ? Value::Int(*b.amount.container_yen) : Value(),
                 Value::Bool(CountsInTotal(b)), Text(b.note), Text(b.source)});
      }};
}

Dataset BudgetTotalsSet(const Library& lib) {
  return {
      "budget_totals", "予算の合計（年度・区分別）",
      "年度と区分ごとの合計。内訳の行と「〜の内数」の行は足していません。",
      Join(kYearColumns,
           {{"kind", "区分", T::kString, ""},
            {"total_yen", "合計（円）", T::kInteger, ""},
            {"total", "合計（表示）", T::kString, "127億円"},
            {"lines", "合計した行の数", T::kInteger, ""},
            {"excluded_lines", "合計に入れない行の数", T::kInteger, "内訳・内数の行"}}),
      [&lib](TableWriter& w) {
        for (const BudgetTotal& t : BudgetTotals(lib))
          w.Row({Year(t.fiscal_year), YearLabel(t.fiscal_year), Text(t.kind), Value::Int(t.yen),
                 Value::Str(FormatYen(t.yen)), Value::Int(t.lines), Value::Int(t.excluded_lines)});
      }};
}

Dataset Models(const Library& lib) {
  std::vector<Column> columns = {{"id", "ID", T::kString, ""},
                                 {"name", "名前", T::kString, ""},
                                 {"summary", "概要", T::kString, ""}};
  for (const Taxonomy& t : lib.site.taxonomies)
    columns.push_back({t.id, t.label, T::kList, "分類の値（複数のときは CSV では改行で区切る）"});
  return {"models", "事業モデル", "在宅医療連携拠点事業などの事業モデルと、その分類。", columns,
          [&lib](TableWriter& w) {
            for (const ProjectModel& m : lib.models) {
              std::vector<Value> row = {Value::Str(m.id), Value::Str(m.name), Text(m.summary)};
              for (const Taxonomy& t : lib.site.taxonomies) {
                std::vector<std::string> values;
                for (const auto& [id, vals] : m.facets)
                  if (id == t.id) values = vals;
                row.push_back(Value::List(values));
              }
              w.Row(row);
            }
          }};
}

Dataset Outcomes(const Library& lib) {
  return {
      "outcomes", "成果", "取組ごとの主な取組（活動）と【効果】。",
      Join(kYearColumns, {{"id", "ID", T::kString, ""},
                          {"item_id", "事業項目ID", T::kString, "a〜h"},
                          {"activity", "取組", T::kString, ""},
                          {"actions", "主な活動", T::kList, "複数のときは CSV では改行で区切る"},
                          {"effects", "効果", T::kList, "複数のときは CSV では改行で区切る"}}),
      [&lib](TableWriter& w) {
        for (const Outcome& o : lib.outcomes)
          w.Row({Year(o.fiscal_year), YearLabel(o.fiscal_year), Value::Str(o.id), Text(o.item),
                 Text(o.activity), Value::List(o.actions), Value::List(o.effects)});
      }};
}

Dataset OutcomeFigures(const Library& lib) {
  return {"outcome_figures", "成果の数値",
          "成果に添えられた数（例: 多職種の会議の主催者別の数）。part_of "
          "のある行は親の行の「うち」数。",
          Join(kYearColumns, {{"outcome_id", "成果ID", T::kString, ""},
                              {"figures_title", "表の名前", T::kString, ""},
                              {"id", "ID", T::kString, ""},
                              {"label", "項目", T::kString, ""},
                              {"part_of", "うち（親の項目ID）", T::kString, ""},
                              {"value", "数", T::kInteger, ""},
                              {"unit", "単位", T::kString, ""}}),
          [&lib](TableWriter& w) {
            for (const Outcome& o : lib.outcomes)
              for (const OutcomeFigure& f : o.figures)
                w.Row({Year(o.fiscal_year), YearLabel(o.fiscal_year), Value::Str(o.id),
                       Text(o.figures_title), Text(f.id), Value::Str(f.label), Text(f.part_of),
                       Value::Int(f.value), Text(o.figures_unit)});
          }};
}

}  // namespace

std::string TenthsDecimal(int64_t tenths) {
  const uint64_t magnitude = tenths < 0 ? 0 - static_cast<uint64_t>(tenths) : tenths;
  return (tenths < 0 ? "-" : "") + std::to_string(magnitude / 10) + "." +
         std::to_string(magnitude % 10);
}

std::vector<Dataset> AllDatasets(const Library& lib, const Tabulation& tab) {
  return {Municipalities(lib), IndicatorSummary(lib, tab), StatusByMunicipality(lib, tab),
          Budgets(lib),        BudgetTotalsSet(lib),       Models(lib),
          Outcomes(lib),       OutcomeFigures(lib)};
}

}  // namespace renkei::opendata
