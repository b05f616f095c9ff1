#include "analysis/nearest_distance.hpp"

#include <limits>
#include <type_traits>
#include <variant>

#include <boost/geometry/geometries/segment.hpp>
#include <boost/geometry/index/rtree.hpp>

#include "core/error.hpp"
#include "core/parallel_ranges.hpp"

namespace ruralatlas::analysis {

namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

using Segment = bg::model::segment<core::Point>;
using Entry = std::pair<Segment, std::size_t>;  // a point is a zero-length segment

void require_metric(const core::Layer& layer) {
  if (!layer.crs.is_geographic) return;
  core::Diagnostic d;
  d.file = layer.source;
  d.layer = layer.name;
  d.message = "distances need a projected CRS in metres, but the layer is in " + layer.crs.label() + " (degrees)";
  d.hint = "reproject first (the coverage command picks a CGCS2000 Gauss-Kruger zone from the data)";
  throw core::Error(core::ErrorKind::InputData, std::move(d));
}

template <class Ring>
void add_ring(const Ring& ring, std::size_t id, std::vector<Entry>& out) {
  for (std::size_t i = 1; i < ring.size(); ++i) out.emplace_back(Segment{ring[i - 1], ring[i]}, id);
}

std::size_t vertex_count(const core::Layer& targets, const std::vector<bool>& mask) {
  std::size_t n = 0;
  for (std::size_t id = 0; id < targets.features.size(); ++id)
    if (mask.empty() || mask[id])
      n += std::visit([](const auto& g) -> std::size_t {
        if constexpr (std::is_same_v<std::decay_t<decltype(g)>, std::monostate>) return 0;
        else return bg::num_points(g);
      }, targets.features[id].geometry);
  return n;
}

std::vector<Entry> segments_of(const core::Layer& targets, const std::vector<bool>& mask) {
  std::vector<Entry> out;
  out.reserve(vertex_count(targets, mask));  // at least one entry per segment: no regrowth of millions
  for (std::size_t id = 0; id < targets.features.size(); ++id) {
    if (!mask.empty() && !mask[id]) continue;
    const auto& g = targets.features[id].geometry;
    if (const auto* points = std::get_if<core::MultiPoint>(&g))
      for (const auto& p : *points) out.emplace_back(Segment{p, p}, id);
    else if (const auto* lines = std::get_if<core::MultiLineString>(&g))
      for (const auto& line : *lines) add_ring(line, id, out);
    else if (const auto* polygons = std::get_if<core::MultiPolygon>(&g))
      for (const auto& polygon : *polygons) {
        add_ring(polygon.outer(), id, out);
        for (const auto& inner : polygon.inners()) add_ring(inner, id, out);
      }
  }
  return out;
}

/// Polygon targets contain points at distance 0; boundaries alone would say otherwise.
std::optional<std::size_t> containing_polygon(const core::Point& p, const core::Layer& targets,
                                              const std::vector<bool>& mask,
                                              const bgi::rtree<std::pair<core::Envelope, std::size_t>, bgi::rstar<16>>& boxes) {
  std::vector<std::pair<core::Envelope, std::size_t>> hits;
  boxes.query(bgi::intersects(p), std::back_inserter(hits));
  std::optional<std::size_t> best;
  for (const auto& [box, id] : hits)
    if ((mask.empty() || mask[id]) && bg::covered_by(p, std::get<core::MultiPolygon>(targets.features[id].geometry)))
      if (!best || id < *best) best = id;
  return best;
}

}  // namespace

std::vector<NearestTarget> nearest_targets(const core::Layer& demand, const core::Layer& targets,
                                           const std::vector<bool>& target_mask) {
  require_metric(demand);
  require_metric(targets);
  const auto entries = segments_of(targets, target_mask);
  const bgi::rtree<Entry, bgi::rstar<16>> tree(entries.begin(), entries.end());
  std::vector<std::pair<core::Envelope, std::size_t>> polygon_boxes;
  if (targets.geometry_kind == core::GeometryKind::Polygon)
    for (std::size_t id = 0; id < targets.features.size(); ++id)
      polygon_boxes.emplace_back(core::envelope_of(targets.features[id].geometry), id);
  const bgi::rtree<std::pair<core::Envelope, std::size_t>, bgi::rstar<16>> boxes(polygon_boxes.begin(), polygon_boxes.end());

  std::vector<NearestTarget> out(demand.features.size());
  core::parallel_ranges(demand.features.size(), [&](std::size_t begin, std::size_t end) {
    std::vector<Entry> hit;
    for (std::size_t d = begin; d < end; ++d) {
      const auto* points = std::get_if<core::MultiPoint>(&demand.features[d].geometry);
      if (!points || points->empty() || tree.empty()) continue;
      const auto& p = points->front();
      if (!polygon_boxes.empty())
        if (auto inside = containing_polygon(p, targets, target_mask, boxes)) {
          out[d] = {inside, 0.0};
          continue;
        }
      hit.clear();
      tree.query(bgi::nearest(p, 1), std::back_inserter(hit));
      out[d] = {hit.front().second, bg::distance(p, hit.front().first)};
    }
  });
  return out;
}

}  // namespace ruralatlas::analysis
