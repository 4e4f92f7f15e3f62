// Tabulation: which municipality carried out which indicator in which fiscal
// year, rollups (any) computed, and the counts and denominators per
// prefecture. Built once from the Library; every renderer reads figures here.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "model/library.h"
#include "model/share.h"

namespace renkei {

class Tabulation {
 public:
  explicit Tabulation(const Library& lib);

  /// Prefecture codes that have municipalities, ascending.
  const std::vector<int>& prefectures() const { return prefectures_; }
  /// Fiscal years with at least one status record, ascending.
  const std::vector<int>& years() const { return years_; }
  /// Fiscal years in which the prefecture's counted municipalities have records, ascending.
  std::vector<int> SurveyedYears(int prefecture) const;

  /// Municipalities of the prefecture that are counted (not excluded).
  int64_t Denominator(int prefecture) const;

  /// The status of a municipality for an indicator in a year. For a rollup or
  /// heading node it is derived from the nodes below (done when any is done).
  /// std::nullopt when there is no record at all (not surveyed).
  std::optional<Status> StatusOf(int municipality, int year, int indicator) const;

  /// Count of counted municipalities that carried the indicator out, over the
  /// denominator. std::nullopt when the indicator was not surveyed that year in
  /// the prefecture, or is a heading without figures.
  std::optional<Share> ShareOf(int prefecture, int year, int indicator) const;

 private:
  int YearIndex(int year) const;
  int PrefectureIndex(int prefecture) const;
  size_t Cell(int year_index, int municipality, int indicator) const;

  const Library& lib_;
  std::vector<int> years_;
  std::vector<int> prefectures_;
  std::vector<int64_t> denominators_;  // by prefecture index
  // Dense status cube [year][municipality][indicator]; -1 = no record.
  std::vector<int8_t> cube_;
  // [prefecture][year][indicator]: done count, -1 = not surveyed.
  std::vector<int32_t> counts_;
};

}  // namespace renkei
