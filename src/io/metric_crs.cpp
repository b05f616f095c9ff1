#include "io/metric_crs.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"
#include "io/crs_registry.hpp"
#include "io/layer_reprojector.hpp"

namespace ruralatlas::io {

core::Crs gauss_kruger_crs_for(const core::Layer& layer) {
  return gauss_kruger_crs_for(layer.extent(), layer.crs, layer.source);
}

core::Crs gauss_kruger_crs_for(const core::Envelope& extent, const core::Crs& crs, const std::string& source) {
  if (core::is_empty(extent)) core::throw_input_error(source, "layer has no features to choose a coordinate system from");
  core::Layer centre;
  centre.crs = crs;
  centre.features.push_back({0,
                             core::MultiPoint{{(extent.min_corner().x() + extent.max_corner().x()) / 2,
                                               (extent.min_corner().y() + extent.max_corner().y()) / 2}},
                             {}});
  const auto lonlat = reproject(std::move(centre), crs_from_user_text("EPSG:4490"));
  const double lon = std::get<core::MultiPoint>(lonlat.features[0].geometry).front().x();
  const int central_meridian = std::clamp(static_cast<int>(std::lround(lon / 3.0)) * 3, 75, 135);
  return crs_from_user_text("EPSG:" + std::to_string(4534 + (central_meridian - 75) / 3));
}

}  // namespace ruralatlas::io
