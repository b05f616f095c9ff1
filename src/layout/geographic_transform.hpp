#pragma once
// Map CRS <-> longitude/latitude for drawing a graticule. Whoever knows the CRS (project,
// through io's PROJ wrapper) supplies the two functions, so layout does not link PROJ.
#include <functional>
#include <optional>

#include "core/geometry.hpp"

namespace ruralatlas::layout {

struct GeographicTransform {
  std::function<std::optional<core::Point>(const core::Point& lon_lat)> to_map;
  std::function<std::optional<core::Point>(const core::Point& map)> to_lon_lat;

  explicit operator bool() const { return to_map && to_lon_lat; }
};

}  // namespace ruralatlas::layout
