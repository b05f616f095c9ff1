#include "io/crs_registry.hpp"

#include <string>

#include "core/error.hpp"
#include "io/gdal_environment.hpp"
#include "io/spatial_reference.hpp"

namespace ruralatlas::io {

core::Crs crs_from_user_text(std::string_view text) {
  ensure_gdal();
  const std::string input(text);
  detail::SpatialReferencePtr srs(new OGRSpatialReference());
  clear_gdal_error();
  // Text only: no file names or URLs, so a layer file cannot make us read other files.
  const char* const options[] = {"ALLOW_NETWORK_ACCESS=NO", "ALLOW_FILE_ACCESS=NO", nullptr};
  if (input.empty() || srs->SetFromUserInput(input.c_str(), options) != OGRERR_NONE) {
    core::Diagnostic d;
    d.message = "unknown coordinate system '" + input + "'";
    d.hint = "write it as EPSG:<code> (e.g. EPSG:4490 for CGCS2000, EPSG:4544 for its 3-degree zone CM 105E), WKT or a PROJ string";
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
  return detail::to_core_crs(*srs);
}

core::Crs geographic_crs_of(const core::Crs& crs) {
  ensure_gdal();
  const auto srs = detail::to_spatial_reference(crs);
  detail::SpatialReferencePtr geographic(srs ? srs->CloneGeogCS() : nullptr);
  if (!geographic) {
    core::Diagnostic d;
    d.message = "the coordinate system " + crs.label() + " has no longitude/latitude base";
    d.hint = "use a projected or geographic CRS, e.g. EPSG:4544";
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
  return detail::to_core_crs(*geographic);
}

}  // namespace ruralatlas::io
