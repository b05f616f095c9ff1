#pragma once
// Reads one vector layer of any OGR source (shapefile, GeoPackage, GeoJSON, ...) into memory.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/layer.hpp"

namespace ruralatlas::io {

struct VectorReadOptions {
  std::string name;        ///< name given to the core::Layer (default: the source layer's)
  std::string layer_name;  ///< layer inside a multi-layer source; empty = first
  /// Shapefile and CSV only (other formats declare theirs): overrides .cpg / LDID / detection,
  /// e.g. "GBK", "CP936", "UTF-8".
  std::optional<std::string> encoding;
  std::optional<std::string> assumed_crs;  ///< used only when the source has no CRS
  /// Read only these attribute columns (matched case-insensitively, kept in the source's
  /// order); names the source lacks are skipped, so the caller that needs them reports them.
  /// Unset = every column. A network of millions of segments needs one or two of its columns,
  /// and decoding the rest is most of the reading time.
  std::optional<std::vector<std::string>> only_fields;
};

struct VectorReadResult {
  core::Layer layer;
  /// Non-fatal problems, e.g. invalid (self-intersecting) polygons kept as read.
  std::vector<core::Diagnostic> warnings;
};

/// Reads every feature of one layer. Geometries are normalised to their multi type (points →
/// MultiPoint, ...; null → monostate), polygon rings oriented as core expects (outer clockwise)
/// and Z/M dropped. Attributes: OGR strings → std::string (UTF-8), integers → int64, reals →
/// double, other types → their text; nulls → monostate. Layer::encoding says what the source's
/// text was in ("UTF-8", "GBK", ...), Layer::crs is filled (EPSG code identified where PROJ can).
/// Invalid polygons (self-intersections, ...) are kept and listed in `warnings`.
///
/// Throws core::Error (InputData) naming the file, with a hint: missing file, not a GIS file, a
/// shapefile missing its .dbf/.shx, no such layer (listing them), a layer without CRS when no
/// assumed_crs is given, a layer mixing points/lines/polygons, and a feature whose geometry
/// cannot be read (damaged record, NaN coordinates; the fid is in the Diagnostic's row).
VectorReadResult read_vector_layer(const std::filesystem::path& path, const VectorReadOptions& options = {});

/// A layer's CRS and extent from its header (the .shp header, GeoPackage metadata; drivers
/// without one scan the geometries), without decoding its features: enough to choose a metric
/// CRS before a national layer is read. Throws as read_vector_layer does for a missing file,
/// layer or CRS.
struct LayerHeader {
  core::Crs crs;
  core::Envelope extent = core::empty_envelope();
};
LayerHeader read_layer_header(const std::filesystem::path& path, const VectorReadOptions& options = {});

/// The same reading, checks and exceptions, one feature at a time so that a caller can reduce a
/// layer too large to hold (a national road network) as it is read: `on_header` gets the layer
/// without features (name, source, encoding, CRS, declared geometry kind, fields) before the
/// first feature, then `on_feature` each feature in order. Returns the warnings.
std::vector<core::Diagnostic> stream_vector_layer(const std::filesystem::path& path, const VectorReadOptions& options,
                                                  const std::function<void(const core::Layer&)>& on_header,
                                                  const std::function<void(core::Feature&&)>& on_feature);

}  // namespace ruralatlas::io
