#include "analysis/nearest_distance.hpp"

#include <algorithm>
#include <cassert>
#include <future>
#include <variant>

#include <boost/geometry/index/rtree.hpp>

#include "core/error.hpp"
#include "core/parallel_ranges.hpp"

namespace ruralatlas::analysis {

namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

void require_metric(const core::Layer& layer) {
  if (!layer.crs.is_geographic) return;
  core::Diagnostic d;
  d.file = layer.source;
  d.layer = layer.name;
  d.message = "distances need a projected CRS in metres, but the layer is in " + layer.crs.label() + " (degrees)";
  d.hint = "reproject first (the coverage command picks a CGCS2000 Gauss-Kruger zone from the data)";
  throw core::Error(core::ErrorKind::InputData, std::move(d));
}

template <class Ring, class Out>
void add_ring(const Ring& ring, std::size_t id, Out& out) {
  for (std::size_t i = 1; i < ring.size(); ++i) out.emplace_back(bg::model::segment<core::Point>{ring[i - 1], ring[i]}, id);
}

using BoxTree = bgi::rtree<std::pair<core::Envelope, std::size_t>, bgi::rstar<16>>;

/// Polygon targets contain points at distance 0; boundaries alone would say otherwise.
/// The lowest id wins where polygons overlap.
std::optional<std::size_t> containing_polygon(const core::Point& p,
                                              const std::vector<std::pair<core::MultiPolygon, std::size_t>>& polygons,
                                              const BoxTree& boxes) {
  std::vector<std::pair<core::Envelope, std::size_t>> hits;
  boxes.query(bgi::intersects(p), std::back_inserter(hits));
  std::optional<std::size_t> best;
  for (const auto& [box, i] : hits)
    if (bg::covered_by(p, polygons[i].first))
      if (!best || polygons[i].second < *best) best = polygons[i].second;
  return best;
}

}  // namespace

using SegmentTree = bgi::rtree<std::pair<bg::model::segment<core::Point>, std::size_t>, bgi::rstar<16>>;

/// The segments in two R-trees, west and east of the median segment centre: a national network
/// packs on two cores in half the time, and a query rarely needs the far tree.
struct NearestTargetIndex::Trees {
  SegmentTree west, east;
  SegmentTree::bounds_type west_box, east_box;  // the trees' bounds, asked for on every query
  BoxTree polygon_boxes;
};

namespace {

/// Below this many segments one tree is packed; the split pays only for national networks.
constexpr std::size_t kSplitAbove = 200'000;

/// The nearest segment of `tree` (bounded by `box`) to `p`, if it is closer than `best`.
void improve(const SegmentTree& tree, const SegmentTree::bounds_type& box, const core::Point& p, NearestTarget& best,
             std::vector<std::pair<bg::model::segment<core::Point>, std::size_t>>& hit) {
  if (tree.empty()) return;
  if (best.target && bg::distance(p, box) >= best.distance_m) return;
  hit.clear();
  tree.query(bgi::nearest(p, 1), std::back_inserter(hit));
  const double d = bg::distance(p, hit.front().first);
  if (!best.target || d < best.distance_m) best = {hit.front().second, d};
}

}  // namespace

NearestTargetIndex::NearestTargetIndex(const core::Layer& targets) { require_metric(targets); }
NearestTargetIndex::NearestTargetIndex(NearestTargetIndex&&) noexcept = default;
NearestTargetIndex& NearestTargetIndex::operator=(NearestTargetIndex&&) noexcept = default;
NearestTargetIndex::~NearestTargetIndex() = default;

void NearestTargetIndex::add(const core::Geometry& geometry, std::size_t id) {
  assert(!m_trees && "add() after build()");
  if (const auto* points = std::get_if<core::MultiPoint>(&geometry))
    for (const auto& p : *points) m_segments.emplace_back(Segment{p, p}, id);
  else if (const auto* lines = std::get_if<core::MultiLineString>(&geometry))
    for (const auto& line : *lines) add_ring(line, id, m_segments);
  else if (const auto* polygons = std::get_if<core::MultiPolygon>(&geometry)) {
    for (const auto& polygon : *polygons) {
      add_ring(polygon.outer(), id, m_segments);
      for (const auto& inner : polygon.inners()) add_ring(inner, id, m_segments);
    }
    m_polygons.emplace_back(*polygons, id);
  }
}

void NearestTargetIndex::build() {
  if (m_trees) return;
  std::vector<std::pair<core::Envelope, std::size_t>> polygon_boxes;
  for (std::size_t i = 0; i < m_polygons.size(); ++i)
    polygon_boxes.emplace_back(bg::return_envelope<core::Envelope>(m_polygons[i].first), i);
  auto middle = m_segments.end();
  if (m_segments.size() > kSplitAbove) {
    middle = m_segments.begin() + static_cast<std::ptrdiff_t>(m_segments.size() / 2);
    std::nth_element(m_segments.begin(), middle, m_segments.end(), [](const auto& a, const auto& b) {
      return a.first.first.x() + a.first.second.x() < b.first.first.x() + b.first.second.x();
    });
  }
  auto east = std::async(middle == m_segments.end() ? std::launch::deferred : std::launch::async,
                         [&] { return SegmentTree(middle, m_segments.end()); });
  SegmentTree west(m_segments.begin(), middle);
  auto east_tree = east.get();
  const auto west_box = west.bounds(), east_box = east_tree.bounds();
  m_trees = std::make_unique<Trees>(
      Trees{std::move(west), std::move(east_tree), west_box, east_box, {polygon_boxes.begin(), polygon_boxes.end()}});
  std::deque<std::pair<Segment, std::size_t>>().swap(m_segments);  // the trees hold their own copies
}

std::vector<NearestTarget> NearestTargetIndex::nearest(const core::Layer& demand) {
  require_metric(demand);
  build();
  const auto& trees = *m_trees;
  std::vector<NearestTarget> out(demand.features.size());
  core::parallel_ranges(demand.features.size(), [&](std::size_t begin, std::size_t end) {
    std::vector<std::pair<Segment, std::size_t>> hit;
    for (std::size_t d = begin; d < end; ++d) {
      const auto* points = std::get_if<core::MultiPoint>(&demand.features[d].geometry);
      if (!points || points->empty()) continue;
      const auto& p = points->front();
      if (!m_polygons.empty())
        if (auto inside = containing_polygon(p, m_polygons, trees.polygon_boxes)) {
          out[d] = {inside, 0.0};
          continue;
        }
      // The tree whose box is nearer first; the other only when it could hold something closer.
      const bool west_first = trees.east.empty() || (!trees.west.empty() && bg::comparable_distance(p, trees.west_box) <=
                                                                                 bg::comparable_distance(p, trees.east_box));
      NearestTarget best;
      if (west_first) {
        improve(trees.west, trees.west_box, p, best, hit);
        improve(trees.east, trees.east_box, p, best, hit);
      } else {
        improve(trees.east, trees.east_box, p, best, hit);
        improve(trees.west, trees.west_box, p, best, hit);
      }
      out[d] = best;
    }
  });
  return out;
}

std::vector<NearestTarget> nearest_targets(const core::Layer& demand, const core::Layer& targets,
                                           const std::vector<bool>& target_mask) {
  NearestTargetIndex index(targets);
  for (std::size_t id = 0; id < targets.features.size(); ++id)
    if (target_mask.empty() || target_mask[id]) index.add(targets.features[id].geometry, id);
  return index.nearest(demand);
}

}  // namespace ruralatlas::analysis
