// The open data's catalogue: data/index.html for people (each dataset, its
// files and its columns with Japanese names and English keys) and
// data/catalog.json for machines (DCAT-style: catalog, datasets, distributions).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/library.h"
#include "render/opendata/datasets.h"

namespace renkei::opendata {

struct PublishedDataset {
  const Dataset* dataset;
  size_t rows = 0;
  size_t csv_bytes = 0, json_bytes = 0;
};

/// A report workbook to list: its label and its path relative to the site root.
struct ReportLink {
  std::string label, path;
};

/// data/index.html. Plain, escaped HTML (the site's templates are not used, so the
/// page stands alone and links back to the site's top page, ../index.html). Lists the
/// report workbooks too.
std::string CatalogHtml(const Library& lib, const std::vector<PublishedDataset>& sets,
                        const std::vector<ReportLink>& reports, int64_t build_time);

/// data/catalog.json.
std::string CatalogJson(const Library& lib, const std::vector<PublishedDataset>& sets,
                        int64_t build_time);

/// "2016-04-01" (UTC) for seconds since the epoch.
std::string IsoDate(int64_t seconds);

}  // namespace renkei::opendata
