#pragma once
// Draws a map into its frame: white ground, the styled layers clipped to the frame, on an
// atlas page the focus mask (focus_mask_painter), a border.
#include <span>

#include <QPainter>
#include <QRectF>

#include "render/map_renderer.hpp"
#include "render/map_view.hpp"
#include "style/color.hpp"

namespace ruralatlas::layout {

/// `frame` in device units; `view` was made for a frame of frame.size(). `focus`, when given,
/// is the feature to emphasise (map CRS).
render::RenderStats paint_map_frame(QPainter& painter, const QRectF& frame, const render::MapView& view,
                                    std::span<const render::StyledLayer> layers, double border_mm,
                                    const style::Color& border_color, double px_per_mm,
                                    const core::MultiPolygon* focus = nullptr);

}  // namespace ruralatlas::layout
