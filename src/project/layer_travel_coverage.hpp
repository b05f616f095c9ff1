#pragma once
// Coverage of one loaded layer by travel time over the road network, as the desktop app asks
// for it: minutes from each demand feature (village) to the nearest filtered facility (clinic)
// over a loaded roads layer, as `ruralatlas travel` measures it from the layer files: in the
// CGCS2000 Gauss-Kruger zone of the demand, one Dijkstra from every facility at once.
#include <string>

#include "core/layer.hpp"
#include "project/map_travel_network.hpp"

namespace ruralatlas::project {

struct LayerTravelCoverageSpec {
  std::string facility_filter;  ///< e.g. "level <> 'village_clinic'"; empty = every facility
  std::string facility_key;     ///< the facilities' id field for facility_id; empty: feature ids
  double within_min = 30;
  std::string covered_column = "covered";  ///< 1 within the threshold, 0 beyond or unreachable
};

struct LayerTravelCoverage {
  core::Layer layer;  ///< the demand layer (in its own CRS) with travel_min, facility_id and covered
  std::size_t covered = 0, reachable = 0;  ///< reachable: a facility can be reached at all
  std::size_t facilities = 0;              ///< after filtering
};

/// Throws core::Error naming the layer for a bad filter, no facility left, and as
/// map_travel_network does for the roads and the speeds.
LayerTravelCoverage measure_layer_travel_coverage(const core::Layer& demand, const core::Layer& facilities,
                                                  const core::Layer& roads, const TravelNetworkOptions& network,
                                                  const LayerTravelCoverageSpec& spec);

}  // namespace ruralatlas::project
