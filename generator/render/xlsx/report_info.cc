#include "render/xlsx/report_info.h"

#include <algorithm>

#include "model/fiscal_year.h"
#include "model/prefecture.h"

namespace renkei::xlsx {

std::string MunicipalityWord(int prefecture) { return prefecture == 13 ? "区市町村" : "市町村"; }

std::string PrefectureLabel(const Library& lib, int prefecture) {
  std::string name(PrefectureName(prefecture));
  if (!name.empty()) return name;
  for (const Municipality& m : lib.municipalities)
    if (m.prefecture_code == prefecture && !m.prefecture.empty()) return m.prefecture;
  return "";
}

std::string ItemLabel(const Item& item) { return "(" + item.marker + ") " + item.label; }

std::vector<std::pair<std::string, int>> ExclusionReasons(const Library& lib, int prefecture) {
  std::vector<std::pair<std::string, int>> reasons;
  for (const Municipality& m : lib.municipalities) {
    if (m.prefecture_code != prefecture || m.counted()) continue;
    auto it = std::find_if(reasons.begin(), reasons.end(),
                           [&](const auto& r) { return r.first == m.exclude; });
    if (it == reasons.end())
      reasons.emplace_back(m.exclude, 1);
    else
      ++it->second;
  }
  return reasons;
}

ReportInfo MakeReportInfo(const Library& lib, const Tabulation& tab, const Comparison& cmp) {
  ReportInfo info{
      lib, tab,       cmp, PrefectureLabel(lib, cmp.prefecture), MunicipalityWord(cmp.prefecture),
      "",  {cmp.year}};
  std::string years = FormatEraFiscalYear(cmp.year);
  if (cmp.prev_year) {
    years = FormatEraFiscalYear(*cmp.prev_year) + "・" + years + "比較";
    info.years.push_back(*cmp.prev_year);
  }
  info.title = "在宅医療・介護連携推進事業の取組状況 集計結果（" + years + "）";
  return info;
}

}  // namespace renkei::xlsx
