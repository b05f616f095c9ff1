#pragma once
// An atlas page's emphasis: everything outside the page's feature is washed out with
// translucent white (neighbours stay visible for context but recede), and the feature's
// boundary is drawn on top.
#include <QPainter>

#include "core/geometry.hpp"
#include "render/map_view.hpp"

namespace ruralatlas::layout {

/// The painter's origin is the frame's top-left corner (as for render::render_map).
void paint_focus_mask(QPainter& painter, const render::MapView& view, const core::MultiPolygon& focus,
                      double px_per_mm);

}  // namespace ruralatlas::layout
