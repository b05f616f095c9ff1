#include "analysis/network_attachment.hpp"

#include <algorithm>
#include <cmath>

#include <boost/geometry/geometries/segment.hpp>
#include <boost/geometry/index/rtree.hpp>

#include "core/error.hpp"

namespace ruralatlas::analysis {

namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

using Segment = bg::model::segment<core::Point>;
using Entry = std::pair<Segment, std::uint32_t>;

NetworkAttachment foot_on(const RoadGraph& graph, std::uint32_t edge, const core::Point& p) {
  const auto& a = graph.nodes[graph.edges[edge].from];
  const auto& b = graph.nodes[graph.edges[edge].to];
  const double dx = b.x() - a.x(), dy = b.y() - a.y(), len2 = dx * dx + dy * dy;
  const double t = len2 > 0 ? std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2, 0.0, 1.0) : 0.0;
  return {edge, t, std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy))};
}

}  // namespace

std::vector<std::optional<NetworkAttachment>> attach_to_network(const RoadGraph& graph,
                                                                const std::vector<std::optional<core::Point>>& points) {
  if (graph.edges.empty())
    core::throw_input_error("", "the road network has no edges, so nothing can be reached",
                            "check the road layer (and its filter) has line features");
  std::vector<Entry> entries;
  entries.reserve(graph.edges.size());
  for (std::uint32_t e = 0; e < graph.edges.size(); ++e)
    entries.emplace_back(Segment{graph.nodes[graph.edges[e].from], graph.nodes[graph.edges[e].to]}, e);
  const bgi::rtree<Entry, bgi::rstar<16>> tree(entries.begin(), entries.end());
  std::vector<std::optional<NetworkAttachment>> out(points.size());
  std::vector<Entry> hits;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (!points[i]) continue;
    hits.clear();
    tree.query(bgi::nearest(*points[i], 1), std::back_inserter(hits));
    out[i] = foot_on(graph, hits.front().second, *points[i]);
  }
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
