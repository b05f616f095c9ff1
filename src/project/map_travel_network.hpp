#pragma once
// The priced road network of a roads layer the window has loaded (already in the map's CRS),
// in the metric CRS a run measures in: the coverage and siting panels route over it as
// `ruralatlas travel` and `site` route over the roads' layer file.
#include "core/layer.hpp"
#include "project/priced_road_graph.hpp"
#include "project/speed_file.hpp"

namespace ruralatlas::project {

struct TravelNetworkOptions {
  SpeedFileSpec speeds;
  double snap_m = 1;      ///< road ends and vertices closer than this are joined (the CLI's --snap-m)
  double access_kmh = 0;  ///< off-road speed; 0: the speed file's
};

/// Reprojects `roads` to `crs` when it is in another. Throws core::Error naming the layer when
/// it is not lines, `crs` is geographic or a class or surface field is missing, and naming the
/// speed file and the road class when the file has no speed for it.
PricedRoadGraph map_travel_network(const core::Layer& roads, const core::Crs& crs, const TravelNetworkOptions& options);

}  // namespace ruralatlas::project
