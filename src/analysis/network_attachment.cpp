#include "analysis/network_attachment.hpp"

#include "core/parallel_ranges.hpp"

namespace ruralatlas::analysis {

std::vector<std::optional<NetworkAttachment>> attach_to_network(const RoadGraph& graph,
                                                                const std::vector<std::optional<core::Point>>& points) {
  return attach_to_network(RoadEdgeIndex(graph), points);
}

std::vector<std::optional<NetworkAttachment>> attach_to_network(const RoadEdgeIndex& index,
                                                                const std::vector<std::optional<core::Point>>& points) {
  std::vector<std::optional<NetworkAttachment>> out(points.size());
  core::parallel_ranges(points.size(), [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i)
      if (points[i]) out[i] = index.nearest(*points[i]);
  });
  return out;
}

std::vector<std::optional<core::Point>> feature_points(const core::Layer& layer) {
  std::vector<std::optional<core::Point>> out;
  out.reserve(layer.features.size());
  for (const auto& f : layer.features) {
    const auto* points = std::get_if<core::MultiPoint>(&f.geometry);
    out.push_back(points && !points->empty() ? std::optional{points->front()} : std::nullopt);
  }
  return out;
}

}  // namespace ruralatlas::analysis
