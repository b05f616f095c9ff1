#pragma once
#include <optional>
#include <string>

namespace ruralatlas::core {

/// A coordinate reference system as plain data. Only io/ creates these from PROJ/GDAL
/// (it fills every field); other modules read them.
struct Crs {
  std::string definition;     ///< WKT2 (or "EPSG:n" before io resolves it)
  std::string name;           ///< e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 105E"
  std::optional<int> epsg;    ///< authority code when known
  bool is_geographic = false; ///< true: coordinates are degrees (lon, lat in GIS order)
  double metres_per_unit = 1.0;  ///< 1 for metric projected CRSs

  bool empty() const { return definition.empty(); }
  /// "EPSG:4544" when a code is known, else the name.
  std::string label() const;
};

}  // namespace ruralatlas::core
