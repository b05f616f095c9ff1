#pragma once
// Draws a map into its frame: white ground, the styled layers clipped to the frame, a border.
#include <span>

#include <QPainter>
#include <QRectF>

#include "render/map_renderer.hpp"
#include "render/map_view.hpp"
#include "style/color.hpp"

namespace ruralatlas::layout {

/// `frame` in device units; `view` was made for a frame of frame.size().
render::RenderStats paint_map_frame(QPainter& painter, const QRectF& frame, const render::MapView& view,
                                    std::span<const render::StyledLayer> layers, double border_mm,
                                    const style::Color& border_color, double px_per_mm);

}  // namespace ruralatlas::layout
