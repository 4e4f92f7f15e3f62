#include "model/status.h"

#include "util/text.h"

namespace renkei {

std::optional<Status> ParseStatus(std::string_view text) {
  const std::string t = NormalizeFieldText(text);
  if (t == "実施" || t == "done" || t == "○" || t == "〇" || t == "o") return Status::kDone;
  if (t == "予定" || t == "planned") return Status::kPlanned;
  if (t == "検討中" || t == "considering") return Status::kConsidering;
  if (t == "未実施" || t == "not_done" || t == "×" || t == "x") return Status::kNotDone;
  return std::nullopt;
}

std::string_view StatusLabel(Status s) {
  switch (s) {
    case Status::kDone:
      return "実施";
    case Status::kPlanned:
      return "予定";
    case Status::kConsidering:
      return "検討中";
    case Status::kNotDone:
      return "未実施";
  }
  return "";
}

std::string_view StatusSymbol(Status s) {
  switch (s) {
    case Status::kDone:
      return "○";
    case Status::kPlanned:
      return "△";
    case Status::kConsidering:
      return "□";
    case Status::kNotDone:
      return "×";
  }
  return "";
}

std::string_view StatusKey(Status s) {
  switch (s) {
    case Status::kDone:
      return "done";
    case Status::kPlanned:
      return "planned";
    case Status::kConsidering:
      return "considering";
    case Status::kNotDone:
      return "not_done";
  }
  return "";
}

}  // namespace renkei
