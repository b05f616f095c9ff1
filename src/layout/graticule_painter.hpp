#pragma once
// Draws a graticule (graticule_spec) over a map frame: meridians and parallels, curved as the
// map projection bends them, labelled where they leave the frame's top and left edges.
#include <QPainter>
#include <QRectF>

#include "layout/geographic_transform.hpp"
#include "layout/graticule_spec.hpp"
#include "render/map_view.hpp"

namespace ruralatlas::layout {

/// Returns false (drawing nothing) when the frame's corners have no longitude/latitude.
bool paint_graticule(QPainter& painter, const QRectF& frame, const render::MapView& view,
                     const GraticuleOptions& options, const GeographicTransform& geographic, double px_per_mm);

}  // namespace ruralatlas::layout
