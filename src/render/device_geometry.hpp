#pragma once
// Feature geometry converted to device pixels once, then drawn by every matching rule.
// Vertices closer than 0.05 mm on paper to the last kept one are dropped: they change nothing
// a printer or a screen shows, and national maps (millions of road segments) draw faster.
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <variant>
#include <vector>

#include "core/geometry.hpp"
#include "render/map_view.hpp"

namespace ruralatlas::render {

struct DevicePoints {
  std::vector<QPointF> points;
};
struct DeviceLines {
  std::vector<QPolygonF> parts;
};
struct DevicePolygons {
  QPainterPath path;
};  ///< odd-even fill, holes included

using DeviceGeometry = std::variant<std::monostate, DevicePoints, DeviceLines, DevicePolygons>;

DeviceGeometry to_device(const core::Geometry& geometry, const MapView& view);

/// The pieces to_device() is made of, for callers that keep many features in flat arrays.
void append_device_points(const core::MultiPoint& points, const MapView& view, std::vector<QPointF>& out);
void append_device_lines(const core::MultiLineString& lines, const MapView& view, std::vector<QPolygonF>& out);
QPainterPath device_path(const core::MultiPolygon& polygons, const MapView& view);
QPolygonF device_polyline(const std::vector<core::Point>& points, const MapView& view);

}  // namespace ruralatlas::render
