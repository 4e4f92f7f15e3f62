#include "model/prefecture.h"

#include "util/text.h"

namespace renkei {

namespace {

constexpr std::string_view kNames[] = {
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県",   "福島県", "茨城県",
    "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県",
    "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",   "愛知県", "三重県",
    "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県",
    "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県",   "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"};
constexpr int kCount = sizeof(kNames) / sizeof(kNames[0]);
static_assert(kCount == 47);

/// "東京都" -> "東京"; 北海道 keeps its 道, which is part of the name people use.
std::string_view ShortName(std::string_view full) {
  for (std::string_view suffix : {"都", "府", "県"}) {
    if (full.ends_with(suffix)) return full.substr(0, full.size() - suffix.size());
  }
  return full;
}

}  // namespace

std::string_view PrefectureName(int code) {
  return code >= 1 && code <= kCount ? kNames[code - 1] : std::string_view();
}

int PrefectureCodeByName(std::string_view name) {
  const std::string wanted = Trim(name);
  if (wanted.empty()) return 0;
  for (int i = 0; i < kCount; ++i) {
    if (wanted == kNames[i] || wanted == ShortName(kNames[i])) return i + 1;
  }
  return 0;
}

std::string PrefectureCode2(int code) {
  if (PrefectureName(code).empty()) return "";
  return std::string(code < 10 ? "0" : "") + std::to_string(code);
}

}  // namespace renkei
