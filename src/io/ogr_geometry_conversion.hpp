#pragma once
// OGR geometries → core geometries (io-internal).
#include <optional>
#include <string>

#include "core/geometry.hpp"
#include "io/gdal_handles.hpp"

namespace ruralatlas::io::detail {

/// Points, lines and polygons (single or multi, 2D; Z/M dropped) to their core multi type;
/// null or empty geometry to monostate. Polygon rings are oriented and closed.
core::Geometry to_core_geometry(const OGRGeometry* geometry);

/// False when a coordinate is NaN or infinite (a corrupt record): such a geometry cannot be
/// drawn, measured or transformed.
bool has_finite_coordinates(const core::Geometry& geometry);

/// Why a polygon geometry is invalid (e.g. "self-intersection"), nullopt if valid or not a polygon.
std::optional<std::string> validity_problem(const core::Geometry& geometry);

}  // namespace ruralatlas::io::detail
