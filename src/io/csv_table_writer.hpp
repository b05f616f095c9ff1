#pragma once
// An attribute table as CSV: UTF-8 without BOM, a header of field names, one row per
// feature, RFC 4180 quoting (only where a value holds a comma, quote or line break), nulls
// empty, numbers in their shortest exact form. Geometry is not written. Atomic.
// GDAL's CSV driver buffers every feature in an editable layer and took 18 s for 500k village
// rows; this writes them as it goes (bench/README.md).
#include <filesystem>

#include "core/layer.hpp"

namespace ruralatlas::io {

void write_csv_table(const core::Layer& layer, const std::filesystem::path& path, bool overwrite);

}  // namespace ruralatlas::io
