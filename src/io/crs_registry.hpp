#pragma once
#include <string_view>

#include "core/crs.hpp"

namespace ruralatlas::io {

/// A CRS from what a user writes: "EPSG:4544", WKT (also ESRI WKT such as
/// CGCS2000_3_Degree_GK_CM_105E), or a PROJ string. Fills every field of core::Crs: definition
/// (WKT2), name, epsg (identified for WKT and PROJ strings without an authority code when PROJ is
/// confident), is_geographic, metres_per_unit (for geographic CRSs the nominal metres per degree
/// on the equator, ≈111 319.5). Throws a Config error naming the text.
core::Crs crs_from_user_text(std::string_view text);

/// The geographic CRS (longitude/latitude) a CRS is based on: CGCS2000 (EPSG:4490) for its
/// Gauss-Kruger zones; a geographic CRS itself. Throws a Config error if `crs` has none.
core::Crs geographic_crs_of(const core::Crs& crs);

}  // namespace ruralatlas::io
