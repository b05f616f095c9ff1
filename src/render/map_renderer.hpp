#pragma once
// Draws styled layers into a QPainter frame: layers bottom to top in the given order,
// rules in style order, then all labels at once with collision avoidance by priority.
#include <cstddef>
#include <span>

#include <QPainter>

#include "render/map_view.hpp"
#include "render/styled_layer.hpp"

namespace ruralatlas::render {

struct RenderStats {
  std::size_t features_drawn = 0;
  std::size_t labels_placed = 0;
  std::size_t labels_dropped = 0;  ///< collided or did not fit
};

/// The painter's device origin is the frame's top-left corner; the caller clips and translates.
RenderStats render_map(QPainter& painter, const MapView& view, std::span<const StyledLayer> layers);

}  // namespace ruralatlas::render
