#include "analysis/service_area.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ruralatlas::analysis {

namespace {

namespace bg = boost::geometry;

/// Where off-road reach shrinks linearly along a straight piece, the union of the reach discs
/// is the convex hull of the discs at its two ends.
core::Polygon hull_of_discs(const core::Point& a, double radius_a_m, const core::Point& b, double radius_b_m, int segments) {
  core::MultiPoint outline;
  for (int i = 0; i < segments; ++i) {
    const double angle = 2 * std::numbers::pi * i / segments;
    const double c = std::cos(angle), s = std::sin(angle);
    outline.emplace_back(a.x() + radius_a_m * c, a.y() + radius_a_m * s);
    outline.emplace_back(b.x() + radius_b_m * c, b.y() + radius_b_m * s);
  }
  core::Polygon hull;
  bg::convex_hull(outline, hull);
  return hull;
}

/// Pairwise union in a balanced tree: each vertex takes part in log n unions, not n.
core::MultiPolygon cascaded_union(std::vector<core::MultiPolygon> parts) {
  if (parts.empty()) return {};
  while (parts.size() > 1) {
    std::vector<core::MultiPolygon> merged((parts.size() + 1) / 2);
    for (std::size_t i = 0; i + 1 < parts.size(); i += 2) bg::union_(parts[i], parts[i + 1], merged[i / 2]);
    if (parts.size() % 2) merged.back() = std::move(parts.back());
    parts = std::move(merged);
  }
  return std::move(parts.front());
}

}  // namespace

core::MultiPolygon service_area(const TravelNetwork& network, const ShortestTimes& times,
                                const std::vector<core::Point>& facilities, const ServiceAreaOptions& options) {
  const double access_m_per_min = options.access_kmh * 1000.0 / 60.0;
  const double limit = options.within_min;
  std::vector<core::MultiPolygon> parts;
  for (const auto& f : facilities)
    parts.push_back({hull_of_discs(f, limit * access_m_per_min, f, limit * access_m_per_min, options.circle_segments)});
  // From each reached end of an edge, as far along it as the time left allows.
  for (const auto& e : network.edges)
    for (const auto& [start, end] : {std::pair{e.from, e.to}, std::pair{e.to, e.from}}) {
      const double left_min = limit - times.minutes[start];
      if (!(left_min > 0)) continue;  // also skips unreached (infinite) ends
      const double share = e.minutes > 0 ? std::min(1.0, left_min / e.minutes) : 1.0;
      const auto& a = network.nodes[start];
      const auto& b = network.nodes[end];
      const core::Point reach{a.x() + share * (b.x() - a.x()), a.y() + share * (b.y() - a.y())};
      parts.push_back({hull_of_discs(a, left_min * access_m_per_min, reach,
                                     (left_min - share * e.minutes) * access_m_per_min, options.circle_segments)});
    }
  return cascaded_union(std::move(parts));
}

}  // namespace ruralatlas::analysis
