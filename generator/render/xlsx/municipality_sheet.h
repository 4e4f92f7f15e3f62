// Sheet 区市町村別: one row per municipality, one column per indicator and
// year with its status symbol (○ 実施, △ 予定, □ 検討中, × 未実施), a legend,
// autofilter and a frozen header; excluded municipalities come last, with
// their reason.
#pragma once

#include <xlsxwriter.h>

#include "render/xlsx/report_info.h"
#include "render/xlsx/styles.h"

namespace renkei::xlsx {

void WriteMunicipalitySheet(lxw_workbook* wb, const Styles& st, const ReportInfo& info);

/// The label of an indicator column: "(キ) 地域住民向けの普及啓発：パンフレット等"
/// (heading-only ancestors name the group a leaf belongs to).
std::string IndicatorColumnLabel(const Library& lib, int indicator);

}  // namespace renkei::xlsx
