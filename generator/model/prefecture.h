// The 47 prefectures (都道府県) by their JIS X 0401 codes, 01 北海道 to 47 沖縄県.
#pragma once

#include <string>
#include <string_view>

namespace renkei {

/// 1 -> "北海道", 13 -> "東京都", 47 -> "沖縄県"; "" for any other number.
std::string_view PrefectureName(int code);

/// "東京都" or "東京" -> 13 (the suffix 都, 府 or 県 may be left out; 北海道 is written in
/// full). Surrounding whitespace is ignored. 0 when unknown.
int PrefectureCodeByName(std::string_view name);

/// 1 -> "01", 47 -> "47"; "" for any other number.
std::string PrefectureCode2(int code);

}  // namespace renkei
