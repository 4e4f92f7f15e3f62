#include "model/tabulation.h"

#include <algorithm>
#include <set>

namespace renkei {

namespace {

// Aggregation order for rollups: a node is as far along as its most advanced
// child (done beats planned beats considering beats not done).
int Rank(Status s) {
  switch (s) {
    case Status::kDone:
      return 3;
    case Status::kPlanned:
      return 2;
    case Status::kConsidering:
      return 1;
    case Status::kNotDone:
      return 0;
  }
  return 0;
}
Status FromRank(int r) {
  static const Status kByRank[] = {Status::kNotDone, Status::kConsidering, Status::kPlanned,
                                   Status::kDone};
  return kByRank[r];
}

int IndexOf(const std::vector<int>& sorted, int value) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), value);
  return (it != sorted.end() && *it == value) ? static_cast<int>(it - sorted.begin()) : -1;
}

}  // namespace

Tabulation::Tabulation(const Library& lib) : lib_(lib) {
  // Records come grouped by year (a file per year and prefecture): a year is
  // looked up when it changes, not for each of a country's 313,380 records.
  std::set<int> years, prefs;
  for (size_t i = 0; i < lib.statuses.size(); ++i)
    if (i == 0 || lib.statuses[i].fiscal_year != lib.statuses[i - 1].fiscal_year)
      years.insert(lib.statuses[i].fiscal_year);
  for (const Municipality& m : lib.municipalities) prefs.insert(m.prefecture_code);
  years_.assign(years.begin(), years.end());
  prefectures_.assign(prefs.begin(), prefs.end());

  denominators_.assign(prefectures_.size(), 0);
  for (const Municipality& m : lib.municipalities)
    if (m.counted()) ++denominators_[PrefectureIndex(m.prefecture_code)];

  const size_t n_ind = lib.indicators.size();
  cube_.assign(years_.size() * lib.municipalities.size() * n_ind, -1);
  int year = 0, year_index = -1;
  for (const StatusRecord& r : lib.statuses) {
    if (year_index < 0 || r.fiscal_year != year) year_index = YearIndex(year = r.fiscal_year);
    cube_[Cell(year_index, r.municipality, r.indicator)] = static_cast<int8_t>(Rank(r.status));
  }

  // Pre-order puts every child after its parent, so walking backwards
  // finishes all children before their parent is aggregated.
  for (size_t y = 0; y < years_.size(); ++y)
    for (size_t m = 0; m < lib.municipalities.size(); ++m)
      for (size_t i = n_ind; i-- > 0;) {
        const Indicator& ind = lib.indicators[i];
        if (ind.is_leaf()) continue;
        int8_t best = -1;
        for (int c : ind.children) best = std::max(best, cube_[Cell(y, m, c)]);
        cube_[Cell(y, m, i)] = best;
      }

  counts_.assign(prefectures_.size() * years_.size() * n_ind, -1);
  for (size_t m = 0; m < lib.municipalities.size(); ++m) {
    const Municipality& muni = lib.municipalities[m];
    if (!muni.counted()) continue;  // Excluded municipalities count nowhere.
    const size_t p = PrefectureIndex(muni.prefecture_code);
    for (size_t y = 0; y < years_.size(); ++y)
      for (size_t i = 0; i < n_ind; ++i) {
        const int8_t s = cube_[Cell(y, m, i)];
        if (s < 0) continue;
        int32_t& count = counts_[(p * years_.size() + y) * n_ind + i];
        if (count < 0) count = 0;
        if (s == Rank(Status::kDone)) ++count;
      }
  }
}

int Tabulation::YearIndex(int year) const { return IndexOf(years_, year); }
int Tabulation::PrefectureIndex(int prefecture) const { return IndexOf(prefectures_, prefecture); }
size_t Tabulation::Cell(int year_index, int municipality, int indicator) const {
  return (static_cast<size_t>(year_index) * lib_.municipalities.size() + municipality) *
             lib_.indicators.size() +
         indicator;
}

std::vector<int> Tabulation::SurveyedYears(int prefecture) const {
  std::vector<int> out;
  const int p = PrefectureIndex(prefecture);
  if (p < 0) return out;
  const size_t n_ind = lib_.indicators.size();
  for (size_t y = 0; y < years_.size(); ++y) {
    const int32_t* row = &counts_[(p * years_.size() + y) * n_ind];
    if (std::any_of(row, row + n_ind, [](int32_t c) { return c >= 0; })) out.push_back(years_[y]);
  }
  return out;
}

int64_t Tabulation::Denominator(int prefecture) const {
  const int p = PrefectureIndex(prefecture);
  return p < 0 ? 0 : denominators_[p];
}

std::optional<Status> Tabulation::StatusOf(int municipality, int year, int indicator) const {
  const int y = YearIndex(year);
  if (y < 0) return std::nullopt;
  const int8_t s = cube_[Cell(y, municipality, indicator)];
  if (s < 0) return std::nullopt;
  return FromRank(s);
}

std::optional<Share> Tabulation::ShareOf(int prefecture, int year, int indicator) const {
  const int p = PrefectureIndex(prefecture), y = YearIndex(year);
  if (p < 0 || y < 0 || lib_.indicators[indicator].heading_only()) return std::nullopt;
  const int32_t count = counts_[(p * years_.size() + y) * lib_.indicators.size() + indicator];
  if (count < 0 || denominators_[p] == 0) return std::nullopt;
  return Share{count, denominators_[p]};
}

}  // namespace renkei
