#include "render/label_anchor.hpp"

#include <cmath>

#include "render/pole_of_inaccessibility.hpp"

namespace ruralatlas::render {

namespace {

namespace bg = boost::geometry;

std::optional<core::Point> line_middle(const core::MultiLineString& lines) {
  const core::LineString* longest = nullptr;
  double best = -1;
  for (const auto& line : lines)
    if (const double length = bg::length(line); line.size() >= 2 && length > best) {
      best = length;
      longest = &line;
    }
  if (!longest) return std::nullopt;
  const double half = best / 2;
  double walked = 0;
  for (std::size_t i = 1; i < longest->size(); ++i) {
    const auto& a = (*longest)[i - 1];
    const auto& b = (*longest)[i];
    const double step = bg::distance(a, b);
    if (step > 0 && walked + step >= half) {
      const double t = (half - walked) / step;
      return core::Point{a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y())};
    }
    walked += step;
  }
  return longest->front();
}

}  // namespace

std::optional<core::Point> label_anchor(const core::Geometry& geometry, double precision) {
  if (const auto* points = std::get_if<core::MultiPoint>(&geometry))
    return points->empty() ? std::nullopt : std::optional(points->front());
  if (const auto* lines = std::get_if<core::MultiLineString>(&geometry)) return line_middle(*lines);
  if (const auto* polygons = std::get_if<core::MultiPolygon>(&geometry)) {
    const core::Polygon* largest = nullptr;
    double best = -1;
    for (const auto& polygon : *polygons)
      if (const double area = std::abs(bg::area(polygon)); polygon.outer().size() >= 3 && area > best) {
        best = area;
        largest = &polygon;
      }
    if (largest) return pole_of_inaccessibility(*largest, precision).point;
  }
  return std::nullopt;
}

std::optional<core::Point> visible_label_anchor(const core::Geometry& geometry, const core::Envelope& visible,
                                                double precision) {
  std::optional<core::Point> anchor;
  const auto* polygons = std::get_if<core::MultiPolygon>(&geometry);
  const auto envelope = core::envelope_of(geometry);
  if (polygons && !core::is_empty(envelope) && !bg::within(envelope, visible)) {
    core::MultiPolygon clipped;
    try {
      bg::intersection(visible, *polygons, clipped);
      anchor = label_anchor(core::Geometry{std::move(clipped)}, precision);
    } catch (const bg::exception&) {
      anchor = label_anchor(geometry, precision);  // invalid rings: the whole polygon's anchor
    }
  } else {
    anchor = label_anchor(geometry, precision);
  }
  if (anchor && !bg::covered_by(*anchor, visible)) return std::nullopt;
  return anchor;
}

}  // namespace ruralatlas::render
