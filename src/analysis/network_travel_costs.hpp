#pragma once
// Siting costs over the road network: minutes from every candidate site to every demand point
// (access leg to the road at the access speed, roads at their speeds, access leg off the road),
// one Dijkstra per site on a network built once with all sites and demand attached.
#include <vector>

#include "analysis/road_graph.hpp"
#include "core/geometry.hpp"

namespace ruralatlas::analysis {

/// minutes[site][demand]; infinity where the demand point is in another part of the network.
/// Memory is sites × demand doubles: meant for counties, not for the whole country at once.
std::vector<std::vector<double>> travel_minutes_from_sites(const RoadGraph& graph, const std::vector<double>& edge_minutes,
                                                           const std::vector<core::Point>& sites,
                                                           const std::vector<core::Point>& demand, double access_kmh);

/// Per site, the demand indices whose cost is <= within (sorted).
std::vector<std::vector<std::size_t>> covering_sets_within_cost(const std::vector<std::vector<double>>& cost, double within);

}  // namespace ruralatlas::analysis
