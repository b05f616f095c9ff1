#pragma once
// Conversions between OGRSpatialReference and core::Crs (io-internal).
#include "core/crs.hpp"
#include "io/gdal_handles.hpp"

namespace ruralatlas::io::detail {

/// Fills every field of core::Crs from an SRS (identifying the EPSG code where possible).
core::Crs to_core_crs(const OGRSpatialReference& srs);
/// An SRS in GIS axis order (longitude/easting first) from core::Crs::definition.
SpatialReferencePtr to_spatial_reference(const core::Crs& crs);

}  // namespace ruralatlas::io::detail
