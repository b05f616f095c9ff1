#include "render/label_anchor.hpp"

#include <algorithm>
#include <vector>

namespace ruralatlas::render {

namespace {

namespace bg = boost::geometry;

/// x where ring edges cross the horizontal line y.
void crossings(const std::vector<core::Point>& ring, double y, std::vector<double>& xs) {
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const auto& a = ring[i];
    const auto& b = ring[j];
    if ((a.y() > y) != (b.y() > y)) xs.push_back(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
  }
}

core::Point polygon_anchor(const core::Polygon& polygon) {
  core::Point centroid;
  bg::centroid(polygon, centroid);
  std::vector<double> xs;
  crossings(polygon.outer(), centroid.y(), xs);
  for (const auto& inner : polygon.inners()) crossings(inner, centroid.y(), xs);
  std::sort(xs.begin(), xs.end());
  double best_width = -1, best_x = centroid.x();
  for (std::size_t i = 0; i + 1 < xs.size(); i += 2) {
    if (xs[i + 1] - xs[i] > best_width) {
      best_width = xs[i + 1] - xs[i];
      best_x = (xs[i] + xs[i + 1]) / 2;
    }
  }
  return {best_x, centroid.y()};
}

}  // namespace

std::optional<core::Point> label_anchor(const core::Geometry& geometry) {
  if (const auto* points = std::get_if<core::MultiPoint>(&geometry))
    return points->empty() ? std::nullopt : std::optional(points->front());
  if (const auto* lines = std::get_if<core::MultiLineString>(&geometry)) {
    const core::LineString* longest = nullptr;
    double best = -1;
    for (const auto& line : *lines)
      if (double length = bg::length(line); length > best) best = length, longest = &line;
    if (!longest || longest->size() < 2) return std::nullopt;
    double walked = 0;
    for (std::size_t i = 1; i < longest->size(); ++i) {
      const double step = bg::distance((*longest)[i - 1], (*longest)[i]);
      if (walked + step >= best / 2 && step > 0) {
        const double t = (best / 2 - walked) / step;
        const auto& a = (*longest)[i - 1];
        const auto& b = (*longest)[i];
        return core::Point{a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y())};
      }
      walked += step;
    }
    return longest->front();
  }
  if (const auto* polygons = std::get_if<core::MultiPolygon>(&geometry)) {
    const core::Polygon* largest = nullptr;
    double best = -1;
    for (const auto& polygon : *polygons)
      if (double area = std::abs(bg::area(polygon)); area > best) best = area, largest = &polygon;
    if (largest && !largest->outer().empty()) return polygon_anchor(*largest);
  }
  return std::nullopt;
}

}  // namespace ruralatlas::render
