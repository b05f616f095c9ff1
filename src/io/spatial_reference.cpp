#include "io/spatial_reference.hpp"

#include <cstdlib>

#include "core/error.hpp"
#include "io/gdal_environment.hpp"

namespace ruralatlas::io::detail {

core::Crs to_core_crs(const OGRSpatialReference& source) {
  SpatialReferencePtr srs(source.Clone());
  srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  core::Crs crs;
  const char* wkt_options[] = {"FORMAT=WKT2_2019", nullptr};
  char* wkt = nullptr;
  if (srs->exportToWkt(&wkt, wkt_options) == OGRERR_NONE && wkt) crs.definition = wkt;
  CPLFree(wkt);
  crs.name = srs->GetName() ? srs->GetName() : "";
  const char* code = srs->GetAuthorityCode(nullptr);
  const char* authority = srs->GetAuthorityName(nullptr);
  if (!(code && authority)) {
    // ESRI .prj files carry no authority; ask PROJ for a confident match.
    int matches = 0;
    int* confidence = nullptr;
    OGRSpatialReferenceH* candidates = srs->FindMatches(nullptr, &matches, &confidence);
    if (matches > 0 && confidence[0] >= 70) {
      auto* best = OGRSpatialReference::FromHandle(candidates[0]);
      if (best->GetAuthorityCode(nullptr) && EQUAL(best->GetAuthorityName(nullptr), "EPSG")) {
        crs.epsg = std::atoi(best->GetAuthorityCode(nullptr));
        if (best->GetName()) crs.name = best->GetName();
      }
    }
    OSRFreeSRSArray(candidates);
    CPLFree(confidence);
  } else if (EQUAL(authority, "EPSG")) {
    crs.epsg = std::atoi(code);
  }
  crs.is_geographic = srs->IsGeographic();
  // Geographic: nominal metres per degree along the equator (≈111 319.5 m), right in order of
  // magnitude for a scale read from a lon/lat map; distances are never measured with it.
  crs.metres_per_unit = crs.is_geographic ? srs->GetSemiMajor() * srs->GetAngularUnits() : srs->GetLinearUnits();
  return crs;
}

SpatialReferencePtr to_spatial_reference(const core::Crs& crs) {
  ensure_gdal();
  SpatialReferencePtr srs(new OGRSpatialReference());
  srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  if (srs->SetFromUserInput(crs.definition.c_str()) != OGRERR_NONE)
    core::throw_input_error(crs.label(), "cannot interpret coordinate system definition");
  return srs;
}

}  // namespace ruralatlas::io::detail
