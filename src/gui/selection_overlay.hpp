#pragma once
// The selected features drawn over the map image in the window, in the current view, so a
// selection shows at once without waiting for the map's render.
#include <QPainter>
#include <QSizeF>
#include <vector>

#include "core/layer.hpp"
#include "gui/canvas_viewport.hpp"

namespace ruralatlas::gui {

/// Highlight colour: a cyan no map style uses, with a dark edge so it reads on any fill.
inline const QColor kSelectionColour(0x00, 0xe5, 0xff);

/// Draws features `features` of `layer` highlighted: polygons outlined and tinted, lines
/// widened, points as large dots.
void draw_selection(QPainter& painter, const core::Layer& layer, const std::vector<std::size_t>& features,
                    const CanvasViewport& viewport, QSizeF size_px);

}  // namespace ruralatlas::gui
