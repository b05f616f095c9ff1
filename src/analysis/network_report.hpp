#pragma once
// What a planner should know about a road graph before trusting travel times: dangling ends
// (often digitising gaps larger than the snapping tolerance) and disconnected components
// (villages in a small one cannot reach facilities in another).
#include <cstdint>
#include <vector>

#include "analysis/road_graph.hpp"

namespace ruralatlas::analysis {

struct NetworkComponent {
  std::size_t nodes = 0, edges = 0;
  double length_m = 0;
};

struct NetworkReport {
  std::vector<std::uint32_t> dangling_nodes;  ///< nodes with exactly one edge
  std::vector<std::uint32_t> component_of_node;  ///< index into `components`
  std::vector<NetworkComponent> components;  ///< largest (by nodes) first
};

NetworkReport describe_network(const RoadGraph& graph);

}  // namespace ruralatlas::analysis
