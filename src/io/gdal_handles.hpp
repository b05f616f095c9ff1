#pragma once
// RAII owners for GDAL/OGR handles used inside io/ (never exposed in public io headers).
#include <memory>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace ruralatlas::io::detail {

struct SpatialReferenceRelease {
  void operator()(OGRSpatialReference* srs) const {
    if (srs) srs->Release();
  }
};
using SpatialReferencePtr = std::unique_ptr<OGRSpatialReference, SpatialReferenceRelease>;

struct CoordinateTransformationDelete {
  void operator()(OGRCoordinateTransformation* ct) const { OGRCoordinateTransformation::DestroyCT(ct); }
};
using CoordinateTransformationPtr = std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDelete>;

}  // namespace ruralatlas::io::detail
