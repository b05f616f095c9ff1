#include "project/lon_lat_transform.hpp"

#include <memory>

#include "core/error.hpp"
#include "io/crs_registry.hpp"
#include "io/crs_transformer.hpp"

namespace ruralatlas::project {

layout::GeographicTransform lon_lat_transform(const core::Crs& map_crs) {
  std::shared_ptr<io::CrsTransformer> to_map, to_lon_lat;
  try {
    const auto geographic = io::geographic_crs_of(map_crs);
    to_map = std::make_shared<io::CrsTransformer>(geographic, map_crs);
    to_lon_lat = std::make_shared<io::CrsTransformer>(map_crs, geographic);
  } catch (const core::Error&) {
    return {};
  }
  layout::GeographicTransform t;
  t.to_map = [to_map](const core::Point& p) { return to_map->transform(p); };
  t.to_lon_lat = [to_lon_lat](const core::Point& p) { return to_lon_lat->transform(p); };
  return t;
}

}  // namespace ruralatlas::project
