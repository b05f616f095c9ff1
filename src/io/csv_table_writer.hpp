#pragma once
// An attribute table as CSV: UTF-8 without BOM, a header of field names, one row per
// feature, RFC 4180 quoting (only where a value holds a comma, quote or line break), nulls
// empty, numbers in their shortest exact form. Atomic. With `geometry_wkt`, a first column WKT
// holds each feature's geometry as GDAL's CSV driver writes it (GEOMETRY=AS_WKT, always quoted),
// so GDAL and QGIS read the file back as a layer.
// GDAL's CSV driver buffers every feature in an editable layer and took 18 s for 500k village
// rows (2 s with geometry after 3.6's fixes); this writes them as it goes (bench/README.md).
#include <filesystem>

#include "core/layer.hpp"

namespace ruralatlas::io {

void write_csv_table(const core::Layer& layer, const std::filesystem::path& path, bool overwrite,
                     bool geometry_wkt = false);

}  // namespace ruralatlas::io
