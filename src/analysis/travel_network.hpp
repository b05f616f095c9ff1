#pragma once
// The road graph weighted in minutes, with one extra node where each village or facility joins
// it: the edge it attaches to is cut there, so trips along that edge start and end at the true
// point (two villages on one edge reach each other directly).
#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/network_attachment.hpp"
#include "analysis/road_graph.hpp"

namespace ruralatlas::analysis {

struct TravelEdge {
  std::uint32_t from = 0, to = 0;
  double minutes = 0;
  std::uint32_t road_edge = 0;  ///< the RoadGraph edge this piece is part of
};

/// One direction of an edge, with what a shortest-path search reads inline: following an edge
/// index to find the far end and its minutes cost two cache misses per arc on a national network.
struct TravelArc {
  std::uint32_t to = 0;
  double minutes = 0;
};

struct TravelNetwork {
  std::vector<core::Point> nodes;  ///< road nodes, then one per attachment (absent ones too)
  std::vector<TravelEdge> edges;   ///< undirected
  std::vector<std::uint32_t> first_arc;  ///< CSR: arcs of node v are [first_arc[v], first_arc[v+1])
  std::vector<TravelArc> arcs;           ///< both directions of every edge
};

/// Attachment i gets node graph.nodes.size() + i (isolated when nullopt).
TravelNetwork build_travel_network(const RoadGraph& graph, const std::vector<double>& edge_minutes,
                                   const std::vector<std::optional<NetworkAttachment>>& attachments);

}  // namespace ruralatlas::analysis
