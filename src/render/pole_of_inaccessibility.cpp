#include "render/pole_of_inaccessibility.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <vector>

namespace ruralatlas::render {

namespace {

using Ring = core::Polygon::ring_type;

double segment_distance_squared(double px, double py, const core::Point& a, const core::Point& b) {
  double x = a.x(), y = a.y();
  double dx = b.x() - x, dy = b.y() - y;
  if (dx != 0 || dy != 0) {
    const double t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b.x();
      y = b.y();
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/// Distance to the nearest edge, negative outside the polygon (holes count as outside).
double signed_distance(double x, double y, const core::Polygon& polygon) {
  bool inside = false;
  double min_squared = std::numeric_limits<double>::infinity();
  auto visit = [&](const Ring& ring) {
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
      const auto& a = ring[i];
      const auto& b = ring[j];
      if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) inside = !inside;
      min_squared = std::min(min_squared, segment_distance_squared(x, y, a, b));
    }
  };
  visit(polygon.outer());
  for (const auto& inner : polygon.inners())
    if (!inner.empty()) visit(inner);
  return (inside ? 1 : -1) * std::sqrt(min_squared);
}

struct Cell {
  double x, y;  ///< centre
  double half;  ///< half the side
  double d;     ///< signed distance of the centre
  double best;  ///< the most any point in the cell can reach: d + half·√2
  Cell(double x_, double y_, double half_, const core::Polygon& polygon)
      : x(x_), y(y_), half(half_), d(signed_distance(x_, y_, polygon)), best(d + half_ * std::sqrt(2.0)) {}
};

struct ByPotential {
  bool operator()(const Cell& a, const Cell& b) const { return a.best < b.best; }
};

}  // namespace

Pole pole_of_inaccessibility(const core::Polygon& polygon, double precision) {
  const auto& outer = polygon.outer();
  if (outer.size() < 3) return outer.empty() ? Pole{} : Pole{outer.front(), 0};
  double min_x = outer[0].x(), min_y = outer[0].y(), max_x = min_x, max_y = min_y;
  for (const auto& p : outer) {
    min_x = std::min(min_x, p.x());
    min_y = std::min(min_y, p.y());
    max_x = std::max(max_x, p.x());
    max_y = std::max(max_y, p.y());
  }
  const double width = max_x - min_x, height = max_y - min_y;
  const double side = std::min(width, height);
  if (side <= 0) return {core::Point{min_x, min_y}, 0};
  if (precision <= 0) precision = side / 100;

  std::priority_queue<Cell, std::vector<Cell>, ByPotential> queue;
  const double half = side / 2;
  for (double x = min_x; x < max_x; x += side)
    for (double y = min_y; y < max_y; y += side) queue.emplace(x + half, y + half, half, polygon);

  // First guesses: the centroid (right for convex shapes) and the centre of the box.
  core::Point centroid{min_x + width / 2, min_y + height / 2};
  try {
    boost::geometry::centroid(polygon, centroid);
  } catch (const boost::geometry::centroid_exception&) {
    // keep the box centre
  }
  Cell best(centroid.x(), centroid.y(), 0, polygon);
  if (Cell box(min_x + width / 2, min_y + height / 2, 0, polygon); box.d > best.d) best = box;

  constexpr std::size_t kMaxCells = 20000;  // a safety net for degenerate rings
  std::size_t visited = 0;
  while (!queue.empty() && visited++ < kMaxCells) {
    const Cell cell = queue.top();
    queue.pop();
    if (cell.d > best.d) best = cell;
    if (cell.best - best.d <= precision) break;  // the queue holds nothing more promising
    const double h = cell.half / 2;
    queue.emplace(cell.x - h, cell.y - h, h, polygon);
    queue.emplace(cell.x + h, cell.y - h, h, polygon);
    queue.emplace(cell.x - h, cell.y + h, h, polygon);
    queue.emplace(cell.x + h, cell.y + h, h, polygon);
  }
  return {core::Point{best.x, best.y}, std::max(best.d, 0.0)};
}

}  // namespace ruralatlas::render
