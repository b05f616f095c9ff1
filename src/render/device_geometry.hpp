#pragma once
// A feature's geometry converted to device pixels once, then drawn by every matching rule.
#include <variant>
#include <vector>

#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>

#include "core/geometry.hpp"
#include "render/map_view.hpp"

namespace ruralatlas::render {

struct DevicePoints { std::vector<QPointF> points; };
struct DeviceLines { std::vector<QPolygonF> parts; };
struct DevicePolygons { QPainterPath path; };  ///< odd-even fill, holes included

using DeviceGeometry = std::variant<std::monostate, DevicePoints, DeviceLines, DevicePolygons>;

DeviceGeometry to_device(const core::Geometry& geometry, const MapView& view);

}  // namespace ruralatlas::render
