#pragma once
// Draws a kilometre grid (grid_spec) over a map frame: thin lines at round map coordinates,
// eastings labelled along the top edge and northings along the left, inside the frame.
#include <QPainter>
#include <QRectF>

#include "layout/grid_spec.hpp"
#include "render/map_view.hpp"

namespace ruralatlas::layout {

/// `frame` in device units, `view` the frame's view (map units must be metres × metres_per_unit).
void paint_grid(QPainter& painter, const QRectF& frame, const render::MapView& view, const GridOptions& options,
                double px_per_mm);

}  // namespace ruralatlas::layout
