#include "render/device_geometry.hpp"

#include <cmath>

namespace ruralatlas::render {

namespace {

/// Vertices closer than this on paper to the last kept one change nothing a printer or a
/// screen shows; dropping them keeps national-scale maps (millions of road segments) fast
/// to draw and their PDFs small.
constexpr double kMinStepMm = 0.05;

template <class Range>
QPolygonF to_polygon(const Range& points, const MapView& view) {
  QPolygonF out;
  out.reserve(static_cast<qsizetype>(points.size()));
  const double min_step_px = kMinStepMm * view.px_per_mm();
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

DeviceGeometry to_device(const core::Geometry& geometry, const MapView& view) {
  if (const auto* points = std::get_if<core::MultiPoint>(&geometry)) {
    DevicePoints out;
    out.points.reserve(points->size());
    for (const auto& p : *points) out.points.push_back(view.to_device(p));
    return out;
  }
  if (const auto* lines = std::get_if<core::MultiLineString>(&geometry)) {
    DeviceLines out;
    out.parts.reserve(lines->size());
    for (const auto& line : *lines) out.parts.push_back(to_polygon(line, view));
    return out;
  }
  if (const auto* polygons = std::get_if<core::MultiPolygon>(&geometry)) {
    DevicePolygons out;
    out.path.setFillRule(Qt::OddEvenFill);
    for (const auto& polygon : *polygons) {
      out.path.addPolygon(to_polygon(polygon.outer(), view));
      out.path.closeSubpath();
      for (const auto& inner : polygon.inners()) {
        out.path.addPolygon(to_polygon(inner, view));
        out.path.closeSubpath();
      }
    }
    return out;
  }
  return std::monostate{};
}

}  // namespace ruralatlas::render
