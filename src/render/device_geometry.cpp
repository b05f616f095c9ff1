#include "render/device_geometry.hpp"

#include <cmath>

namespace ruralatlas::render {

namespace {

constexpr double kMinStepMm = 0.05;

template <class Range>
QPolygonF to_polyline(const Range& points, const MapView& view, double min_step_px) {
  QPolygonF out;
  out.reserve(static_cast<qsizetype>(points.size()));
  for (std::size_t i = 0; i < points.size(); ++i) {
    const QPointF p = view.to_device(points[i]);
    const bool last = i + 1 == points.size();
    if (!out.isEmpty() && !last && std::abs(p.x() - out.back().x()) < min_step_px &&
        std::abs(p.y() - out.back().y()) < min_step_px)
      continue;
    out.append(p);
  }
  return out;
}

}  // namespace

void append_device_points(const core::MultiPoint& points, const MapView& view, std::vector<QPointF>& out) {
  for (const auto& p : points) out.push_back(view.to_device(p));
}

void append_device_lines(const core::MultiLineString& lines, const MapView& view, std::vector<QPolygonF>& out) {
  const double min_step_px = kMinStepMm * view.px_per_mm();
  for (const auto& line : lines)
    if (line.size() >= 2) out.push_back(to_polyline(line, view, min_step_px));
}

QPainterPath device_path(const core::MultiPolygon& polygons, const MapView& view) {
  const double min_step_px = kMinStepMm * view.px_per_mm();
  QPainterPath path;
  path.setFillRule(Qt::OddEvenFill);
  for (const auto& polygon : polygons) {
    if (polygon.outer().size() < 3) continue;
    path.addPolygon(to_polyline(polygon.outer(), view, min_step_px));
    path.closeSubpath();
    for (const auto& inner : polygon.inners()) {
      if (inner.size() < 3) continue;
      path.addPolygon(to_polyline(inner, view, min_step_px));
      path.closeSubpath();
    }
  }
  return path;
}

QPolygonF device_polyline(const std::vector<core::Point>& points, const MapView& view) {
  return to_polyline(points, view, kMinStepMm * view.px_per_mm());
}

DeviceGeometry to_device(const core::Geometry& geometry, const MapView& view) {
  if (const auto* points = std::get_if<core::MultiPoint>(&geometry)) {
    DevicePoints out;
    append_device_points(*points, view, out.points);
    return out;
  }
  if (const auto* lines = std::get_if<core::MultiLineString>(&geometry)) {
    DeviceLines out;
    append_device_lines(*lines, view, out.parts);
    return out;
  }
  if (const auto* polygons = std::get_if<core::MultiPolygon>(&geometry))
    return DevicePolygons{device_path(*polygons, view)};
  return std::monostate{};
}

}  // namespace ruralatlas::render
