#include "project/priced_road_graph.hpp"

#include "analysis/network_travel_costs.hpp"

namespace ruralatlas::project {

std::vector<std::vector<double>> PricedRoadGraph::minutes_from_sites(const std::vector<core::Point>& sites,
                                                                     const std::vector<core::Point>& demand) const {
  return analysis::travel_minutes_from_sites(graph, edge_minutes, sites, demand, access_kmh);
}

analysis::RoadGraphOptions road_graph_options(const SpeedFileSpec& speeds, double snap_m) {
  return {snap_m, speeds.class_field, speeds.surface_field};
}

PricedRoadGraph price_road_graph(analysis::RoadGraph graph, const SpeedFileSpec& speeds, double access_kmh) {
  PricedRoadGraph priced;
  priced.edge_minutes = analysis::edge_minutes(graph, speeds.speeds);
  priced.graph = std::move(graph);
  priced.access_kmh = access_kmh > 0 ? access_kmh : speeds.access_kmh;
  return priced;
}

}  // namespace ruralatlas::project
