// What the sheets of one report workbook share: the prefecture, the years
// compared, and the words its tables use.
#pragma once

#include <string>
#include <vector>

#include "model/comparison.h"
#include "model/library.h"
#include "model/tabulation.h"

namespace renkei::xlsx {

struct ReportInfo {
  const Library& lib;
  const Tabulation& tab;
  const Comparison& cmp;
  std::string prefecture;    ///< 東京都
  std::string municipality;  ///< 区市町村 for Tokyo, 市町村 elsewhere.
  std::string title;  ///< 在宅医療・介護連携推進事業の取組状況 集計結果（…比較）
  /// The years whose statuses the per-municipality sheet shows: {year} or {year, prev}.
  std::vector<int> years;
};

ReportInfo MakeReportInfo(const Library& lib, const Tabulation& tab, const Comparison& cmp);

/// Tokyo's tables say 区市町村 (wards first); other prefectures 市町村.
std::string MunicipalityWord(int prefecture);

/// The prefecture's name: its JIS name, else what municipalities.csv calls it.
std::string PrefectureLabel(const Library& lib, int prefecture);

/// "(ア) 地域の医療・介護の資源の把握", as the tables head an item.
std::string ItemLabel(const Item& item);

/// Excluded municipalities' reasons in the prefecture, each once, in order of
/// appearance, with how many: {{"島しょ", 9}}.
std::vector<std::pair<std::string, int>> ExclusionReasons(const Library& lib, int prefecture);

}  // namespace renkei::xlsx
