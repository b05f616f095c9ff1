#include "analysis/road_edge_index.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

#include <boost/geometry/index/rtree.hpp>

#include "core/error.hpp"

namespace ruralatlas::analysis {

namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

// Boxes of the edges in float, relative to the network's corner and rounded outwards: 20 bytes
// an edge instead of 40 for an R-tree of double segments. Candidates come out nearest box
// first; the exact distances are in doubles.
using FloatPoint = bg::model::point<float, 2, bg::cs::cartesian>;
using FloatBox = bg::model::box<FloatPoint>;
using Entry = std::pair<FloatBox, std::uint32_t>;

float down(double v) {
  const auto f = static_cast<float>(v);
  return f > v ? std::nextafter(f, -std::numeric_limits<float>::infinity()) : f;
}
float up(double v) {
  const auto f = static_cast<float>(v);
  return f < v ? std::nextafter(f, std::numeric_limits<float>::infinity()) : f;
}

NetworkAttachment foot_on(const RoadGraph& graph, std::uint32_t edge, const core::Point& p) {
  const auto& a = graph.nodes[graph.edges[edge].from];
  const auto& b = graph.nodes[graph.edges[edge].to];
  const double dx = b.x() - a.x(), dy = b.y() - a.y(), len2 = dx * dx + dy * dy;
  const double t = len2 > 0 ? std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2, 0.0, 1.0) : 0.0;
  return {edge, t, std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy))};
}

}  // namespace

struct RoadEdgeIndex::Tree {
  bgi::rtree<Entry, bgi::rstar<16>> rtree;
  core::Point origin;
  double slack_m = 0;  ///< a float-rounded box may look this much nearer or farther than it is
};

RoadEdgeIndex::RoadEdgeIndex(const RoadGraph& graph) : m_graph(&graph), m_tree(std::make_unique<Tree>()) {
  if (graph.edges.empty())
    core::throw_input_error("", "the road network has no edges, so nothing can be reached",
                            "check the road layer (and its filter) has line features");
  core::Point origin = graph.nodes.front();
  core::Point corner = origin;
  for (const auto& p : graph.nodes) {
    origin = core::Point{std::min(origin.x(), p.x()), std::min(origin.y(), p.y())};
    corner = core::Point{std::max(corner.x(), p.x()), std::max(corner.y(), p.y())};
  }
  std::vector<Entry> entries;
  entries.reserve(graph.edges.size());
  for (std::uint32_t e = 0; e < graph.edges.size(); ++e) {
    const auto& a = graph.nodes[graph.edges[e].from];
    const auto& b = graph.nodes[graph.edges[e].to];
    entries.emplace_back(FloatBox{{down(std::min(a.x(), b.x()) - origin.x()), down(std::min(a.y(), b.y()) - origin.y())},
                                  {up(std::max(a.x(), b.x()) - origin.x()), up(std::max(a.y(), b.y()) - origin.y())}},
                         e);
  }
  m_tree->rtree = decltype(m_tree->rtree)(entries.begin(), entries.end());
  m_tree->origin = origin;
  const double extent_m = std::max({corner.x() - origin.x(), corner.y() - origin.y(), 1.0});
  m_tree->slack_m = 4 * extent_m * std::numeric_limits<float>::epsilon() + 1e-6;
}

RoadEdgeIndex::~RoadEdgeIndex() = default;
RoadEdgeIndex::RoadEdgeIndex(RoadEdgeIndex&&) noexcept = default;
RoadEdgeIndex& RoadEdgeIndex::operator=(RoadEdgeIndex&&) noexcept = default;

NetworkAttachment RoadEdgeIndex::nearest(const core::Point& p) const {
  const auto& origin = m_tree->origin;
  const FloatPoint query(static_cast<float>(p.x() - origin.x()), static_cast<float>(p.y() - origin.y()));
  thread_local std::vector<Entry> hits;
  // The k nearest boxes; when the farthest of them could still hold a nearer edge, ask for more.
  for (std::size_t k = 4;; k *= 4) {
    hits.clear();
    m_tree->rtree.query(bgi::nearest(query, static_cast<unsigned>(k)), std::back_inserter(hits));
    std::optional<NetworkAttachment> best;
    double farthest_box_m = 0;
    for (const auto& [box, edge] : hits) {
      farthest_box_m = std::max(farthest_box_m, static_cast<double>(bg::distance(query, box)));
      const auto candidate = foot_on(*m_graph, edge, p);
      if (!best || candidate.access_m < best->access_m ||
          (candidate.access_m == best->access_m && candidate.edge < best->edge))
        best = candidate;
    }
    if (hits.size() < k || farthest_box_m > best->access_m + m_tree->slack_m) return *best;
  }
}

}  // namespace ruralatlas::analysis
