#pragma once
// The off-road access leg: a village or facility joins the road graph at the closest point of
// the nearest edge (its perpendicular foot, or an end of the edge).
#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/road_edge_index.hpp"

namespace ruralatlas::analysis {

/// One attachment per point; nullopt for points without a location. Throws core::Error
/// (InputData) when the graph has no edges.
std::vector<std::optional<NetworkAttachment>> attach_to_network(const RoadGraph& graph,
                                                                const std::vector<std::optional<core::Point>>& points);
/// The same over an index built already (e.g. while the points were being read).
std::vector<std::optional<NetworkAttachment>> attach_to_network(const RoadEdgeIndex& index,
                                                                const std::vector<std::optional<core::Point>>& points);

/// First point of each feature (villages and facilities are points); nullopt for empty geometry.
std::vector<std::optional<core::Point>> feature_points(const core::Layer& layer);

}  // namespace ruralatlas::analysis
