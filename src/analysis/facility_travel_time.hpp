#pragma once
// For every demand point (village), the minutes to the nearest facility of a kind over the road
// network, and which facility: off-road leg to the nearest road at the access speed, roads at
// their speeds, off-road leg from the road to the facility. One Dijkstra for all facilities.
#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/road_edge_index.hpp"
#include "analysis/shortest_times.hpp"
#include "analysis/travel_network.hpp"

namespace ruralatlas::analysis {

struct FacilityTrip {
  std::optional<std::size_t> facility;  ///< nullopt: unreachable (other component, no location)
  std::optional<double> travel_min;
};

struct FacilityTravelTimes {
  TravelNetwork network;  ///< roads, then demand attachments, then facility attachments
  ShortestTimes times;    ///< labels are facility indices
  std::vector<FacilityTrip> trips;  ///< one per demand point
};

FacilityTravelTimes travel_to_nearest_facility(const RoadGraph& graph, const std::vector<double>& edge_minutes,
                                               const std::vector<std::optional<core::Point>>& demand,
                                               const std::vector<std::optional<core::Point>>& facilities,
                                               double access_kmh);
/// The same over an edge index of the graph built already; the index is freed once the points
/// are attached (its R-tree is as large as the search's network).
FacilityTravelTimes travel_to_nearest_facility(RoadEdgeIndex index, const std::vector<double>& edge_minutes,
                                               const std::vector<std::optional<core::Point>>& demand,
                                               const std::vector<std::optional<core::Point>>& facilities,
                                               double access_kmh);

}  // namespace ruralatlas::analysis
