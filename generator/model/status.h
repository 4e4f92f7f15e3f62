// The status of one program indicator in one municipality and fiscal year.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace renkei {

enum class Status { kDone, kPlanned, kConsidering, kNotDone };

/// Accepts 実施 / 予定 / 検討中 / 未実施, the English aliases done / planned /
/// considering / not_done, and the survey-sheet marks ○ (実施) and × (未実施).
std::optional<Status> ParseStatus(std::string_view text);

/// 実施, 予定, 検討中, 未実施.
std::string_view StatusLabel(Status s);
/// The symbol used in per-municipality tables: ○ 実施, △ 予定, □ 検討中, × 未実施.
std::string_view StatusSymbol(Status s);
/// done, planned, considering, not_done (open data keys).
std::string_view StatusKey(Status s);

}  // namespace renkei
