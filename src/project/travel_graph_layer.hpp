#pragma once
// The network a travel-time run searched, as a line layer for checking it in a GIS or with an
// independent shortest-path tool: road pieces (cut where villages and facilities join) and the
// off-road access legs, with node ids, lengths and minutes.
#include <optional>
#include <vector>

#include "analysis/facility_travel_time.hpp"
#include "analysis/network_attachment.hpp"
#include "analysis/road_graph.hpp"
#include "core/layer.hpp"

namespace ruralatlas::project {

struct TravelGraphInput {
  const analysis::RoadGraph& roads;
  const analysis::FacilityTravelTimes& travel;
  const std::vector<std::optional<core::Point>>& demand;
  const std::vector<std::optional<core::Point>>& facilities;
  double access_kmh = 5;
};

/// Fields: kind (road | demand_access | facility_access), from_node, to_node, length_m,
/// travel_min, road_fid, road_class, surface, feature (demand or facility index). Access legs
/// start at a node of their own, numbered after the network's nodes.
core::Layer travel_graph_layer(const TravelGraphInput& input, const core::Crs& crs);

}  // namespace ruralatlas::project
