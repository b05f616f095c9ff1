#pragma once
// The status bar's cursor read-out: the point in the map CRS and in longitude/latitude
// (CGCS2000, EPSG:4490), transformed by io's PROJ wrapper.
#include <QString>
#include <memory>

#include "core/crs.hpp"
#include "core/geometry.hpp"
#include "io/crs_transformer.hpp"

namespace ruralatlas::gui {

class CursorPositionText {
 public:
  /// Throws core::Error when PROJ has no transformation from `map_crs` to longitude/latitude.
  explicit CursorPositionText(const core::Crs& map_crs);

  /// "X 512345  Y 4012345 m (EPSG:4544)"
  QString map_text(const core::Point& p) const;
  /// "105.12345°E  36.12345°N", or empty where the point has no longitude/latitude.
  QString lon_lat_text(const core::Point& p);

 private:
  core::Crs m_map_crs;
  io::CrsTransformer m_to_lon_lat;
};

}  // namespace ruralatlas::gui
