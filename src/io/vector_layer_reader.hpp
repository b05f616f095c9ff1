#pragma once
// Reads one vector layer of any OGR source (shapefile, GeoPackage, GeoJSON, ...) into memory.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/layer.hpp"

namespace ruralatlas::io {

struct VectorReadOptions {
  std::string name;        ///< name given to the core::Layer (default: the source layer's)
  std::string layer_name;  ///< layer inside a multi-layer source; empty = first
  std::optional<std::string> encoding;     ///< overrides .cpg / LDID / detection (e.g. "GBK")
  std::optional<std::string> assumed_crs;  ///< used only when the source has no CRS
};

struct VectorReadResult {
  core::Layer layer;
  /// Non-fatal problems, e.g. invalid (self-intersecting) polygons kept as read.
  std::vector<core::Diagnostic> warnings;
};

/// Geometries are normalised to their multi type with rings oriented as core expects.
/// Throws core::Error (InputData) naming the file for a missing or unreadable source, a
/// shapefile missing its .dbf/.shx, or a layer without CRS when no assumed_crs is given.
VectorReadResult read_vector_layer(const std::filesystem::path& path, const VectorReadOptions& options = {});

}  // namespace ruralatlas::io
