#pragma once
// The map CRS <-> longitude/latitude functions a layout needs for a graticule, built on io's
// PROJ transformer (layout itself does not link PROJ).
#include "core/crs.hpp"
#include "layout/geographic_transform.hpp"

namespace ruralatlas::project {

/// Between `map_crs` and its geographic base CRS (CGCS2000 for its Gauss-Kruger zones). Empty
/// (false) when the CRS has no such base; the layout then warns instead of drawing a graticule.
layout::GeographicTransform lon_lat_transform(const core::Crs& map_crs);

}  // namespace ruralatlas::project
