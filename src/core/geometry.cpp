#include "core/geometry.hpp"

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

Envelope envelope_of(const Geometry& geometry) {
  return std::visit(
      [](const auto& g) -> Envelope {
        using T = std::decay_t<decltype(g)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return empty_envelope();
        } else {
          if (bg::is_empty(g)) return empty_envelope();
          return bg::return_envelope<Envelope>(g);
        }
      },
      geometry);
}

}  // namespace ruralatlas::core
