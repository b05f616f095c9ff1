#pragma once
// The off-road access leg: a village or facility joins the road graph at the closest point of
// the nearest edge (its perpendicular foot, or an end of the edge).
#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/road_graph.hpp"

namespace ruralatlas::analysis {

struct NetworkAttachment {
  std::uint32_t edge = 0;  ///< index into RoadGraph::edges
  double t = 0;            ///< where along the edge: 0 at `from`, 1 at `to`
  double access_m = 0;     ///< straight-line length of the access leg
};

/// One attachment per point; nullopt for points without a location. Throws core::Error
/// (InputData) when the graph has no edges.
std::vector<std::optional<NetworkAttachment>> attach_to_network(const RoadGraph& graph,
                                                                const std::vector<std::optional<core::Point>>& points);

/// First point of each feature (villages and facilities are points); nullopt for empty geometry.
std::vector<std::optional<core::Point>> feature_points(const core::Layer& layer);

}  // namespace ruralatlas::analysis
