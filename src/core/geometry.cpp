#include "core/geometry.hpp"

#include <algorithm>
#include <limits>

namespace ruralatlas::core {

GeometryKind kind_of(const Geometry& geometry) {
  switch (geometry.index()) {
    case 1: return GeometryKind::Point;
    case 2: return GeometryKind::Line;
    case 3: return GeometryKind::Polygon;
    default: return GeometryKind::None;
  }
}

const char* to_string(GeometryKind kind) {
  switch (kind) {
    case GeometryKind::Point: return "Point";
    case GeometryKind::Line: return "LineString";
    case GeometryKind::Polygon: return "Polygon";
    case GeometryKind::None: break;
  }
  return "None";
}

Envelope empty_envelope() {
  constexpr double inf = std::numeric_limits<double>::infinity();
  return Envelope{Point{inf, inf}, Point{-inf, -inf}};
}

bool is_empty(const Envelope& envelope) {
  return envelope.min_corner().x() > envelope.max_corner().x() ||
         envelope.min_corner().y() > envelope.max_corner().y();
}

void expand(Envelope& target, const Envelope& other) {
  if (is_empty(other)) return;
  if (is_empty(target)) {
    target = other;
    return;
  }
  bg::expand(target, other);
}

namespace {

template <class Range>
void expand_by_points(Envelope& box, const Range& points) {
  for (const auto& p : points) {
    box.min_corner().x(std::min(box.min_corner().x(), p.x()));
    box.min_corner().y(std::min(box.min_corner().y(), p.y()));
    box.max_corner().x(std::max(box.max_corner().x(), p.x()));
    box.max_corner().y(std::max(box.max_corner().y(), p.y()));
  }
}

}  // namespace

Envelope envelope_of(const Geometry& geometry) {
  Envelope box = empty_envelope();
  if (const auto* points = std::get_if<MultiPoint>(&geometry)) {
    expand_by_points(box, *points);
  } else if (const auto* lines = std::get_if<MultiLineString>(&geometry)) {
    for (const auto& line : *lines) expand_by_points(box, line);
  } else if (const auto* polygons = std::get_if<MultiPolygon>(&geometry)) {
    for (const auto& polygon : *polygons) expand_by_points(box, polygon.outer());  // holes lie inside
  }
  return box;
}

}  // namespace ruralatlas::core
