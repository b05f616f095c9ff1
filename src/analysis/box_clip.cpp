#include "analysis/box_clip.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace ruralatlas::analysis {

namespace {

/// One side of the box: `axis` 0 = x, 1 = y; points with coordinate >= limit (or <= when
/// !keep_above) are inside.
struct Edge {
  int axis;
  double limit;
  bool keep_above;
};

double coord(const core::Point& p, int axis) { return axis == 0 ? p.x() : p.y(); }

bool inside(const core::Point& p, const Edge& e) {
  return e.keep_above ? coord(p, e.axis) >= e.limit : coord(p, e.axis) <= e.limit;
}

core::Point crossing(const core::Point& a, const core::Point& b, const Edge& e) {
  const double t = (e.limit - coord(a, e.axis)) / (coord(b, e.axis) - coord(a, e.axis));
  return {a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y())};
}

std::array<Edge, 4> edges_of(const core::Envelope& box) {
  return {Edge{0, box.min_corner().x(), true}, Edge{0, box.max_corner().x(), false},
          Edge{1, box.min_corner().y(), true}, Edge{1, box.max_corner().y(), false}};
}

/// A closed ring (first point repeated last) clipped to the box, closed again; empty if gone.
template <class Ring>
Ring clip_ring(const Ring& ring, const core::Envelope& box) {
  std::vector<core::Point> points(ring.begin(), ring.end());
  if (points.size() > 1) points.pop_back();  // work on the open ring
  for (const auto& edge : edges_of(box)) {
    std::vector<core::Point> out;
    for (std::size_t i = 0; i < points.size(); ++i) {
      const auto& current = points[i];
      const auto& previous = points[(i + points.size() - 1) % points.size()];
      const bool in_now = inside(current, edge), in_before = inside(previous, edge);
      if (in_now != in_before) out.push_back(crossing(previous, current, edge));
      if (in_now) out.push_back(current);
    }
    points = std::move(out);
    if (points.empty()) break;
  }
  Ring result;
  if (points.size() < 3) return result;
  result.assign(points.begin(), points.end());
  result.push_back(points.front());
  return result;
}

/// Liang–Barsky: the part of segment a→b inside the box, if any.
std::optional<std::pair<core::Point, core::Point>> clip_segment(const core::Point& a, const core::Point& b,
                                                                const core::Envelope& box) {
  const double dx = b.x() - a.x(), dy = b.y() - a.y();
  double t0 = 0, t1 = 1;
  const std::array<std::pair<double, double>, 4> sides{{{-dx, a.x() - box.min_corner().x()},
                                                        {dx, box.max_corner().x() - a.x()},
                                                        {-dy, a.y() - box.min_corner().y()},
                                                        {dy, box.max_corner().y() - a.y()}}};
  for (const auto& [p, q] : sides) {
    if (p == 0) {
      if (q < 0) return std::nullopt;  // parallel and outside
      continue;
    }
    const double t = q / p;
    if (p < 0) t0 = std::max(t0, t);
    else t1 = std::min(t1, t);
    if (t0 > t1) return std::nullopt;
  }
  return std::pair{core::Point(a.x() + t0 * dx, a.y() + t0 * dy), core::Point(a.x() + t1 * dx, a.y() + t1 * dy)};
}

}  // namespace

core::MultiPolygon clip_to_box(const core::MultiPolygon& polygons, const core::Envelope& box) {
  core::MultiPolygon out;
  for (const auto& polygon : polygons) {
    core::Polygon clipped;
    clipped.outer() = clip_ring(polygon.outer(), box);
    if (clipped.outer().empty()) continue;
    for (const auto& hole : polygon.inners()) {
      auto inner = clip_ring(hole, box);
      if (!inner.empty()) clipped.inners().push_back(std::move(inner));
    }
    out.push_back(std::move(clipped));
  }
  return out;
}

core::MultiLineString clip_to_box(const core::MultiLineString& lines, const core::Envelope& box) {
  core::MultiLineString out;
  for (const auto& line : lines) {
    core::LineString part;
    for (std::size_t i = 1; i < line.size(); ++i) {
      const auto segment = clip_segment(line[i - 1], line[i], box);
      if (!segment) continue;
      const bool continues = !part.empty() && boost::geometry::equals(part.back(), segment->first);
      if (!continues) {
        if (part.size() > 1) out.push_back(std::move(part));
        part = core::LineString{segment->first};
      }
      part.push_back(segment->second);
    }
    if (part.size() > 1) out.push_back(std::move(part));
  }
  return out;
}

}  // namespace ruralatlas::analysis
