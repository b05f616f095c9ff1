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

struct TravelNetwork {
  std::vector<core::Point> nodes;  ///< road nodes, then one per attachment (absent ones too)
  std::vector<TravelEdge> edges;   ///< undirected
  std::vector<std::uint32_t> first_arc;  ///< CSR: arcs of node v are [first_arc[v], first_arc[v+1])
  std::vector<std::uint32_t> arc_edge;   ///< edge index of each arc

  std::uint32_t other_end(std::uint32_t edge, std::uint32_t node) const {
    return edges[edge].from == node ? edges[edge].to : edges[edge].from;
  }
};

/// Attachment i gets node graph.nodes.size() + i (isolated when nullopt).
TravelNetwork build_travel_network(const RoadGraph& graph, const std::vector<double>& edge_minutes,
                                   const std::vector<std::optional<NetworkAttachment>>& attachments);

}  // namespace ruralatlas::analysis
