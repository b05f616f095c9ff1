#pragma once
// Writes a core::Layer with GDAL: GeoPackage (default), Shapefile (UTF-8 .cpg and .prj),
// GeoJSON or CSV (geometry as WKT), chosen by the file extension. Atomic.
#include <filesystem>

#include "core/layer.hpp"

namespace ruralatlas::io {

struct VectorWriteOptions {
  bool overwrite = false;
  bool attributes_only = false;  ///< leave the geometry out (a table)
};

void write_vector_layer(const core::Layer& layer, const std::filesystem::path& path, const VectorWriteOptions& options = {});

}  // namespace ruralatlas::io
