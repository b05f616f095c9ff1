#pragma once
// Draws styled layers into a QPainter frame: layers bottom to top in the given order; within
// a layer, the casings of its line symbols first, then its rules by level, ties in rule order
// (a feature drawn by several rules gets all of them, stacked), each symbol of a rule over all
// its features; then all labels at once, placed by priority without overlaps, on top of every
// layer.
// Antialiased; sizes in millimetres become pixels through view.px_per_mm().
#include <QPainter>
#include <cstddef>
#include <functional>
#include <span>

#include "render/map_view.hpp"
#include "render/styled_layer.hpp"

namespace ruralatlas::render {

struct RenderStats {
  std::size_t features_drawn = 0;  ///< drawn by at least one rule (each feature once)
  std::size_t labels_placed = 0;
  std::size_t labels_dropped = 0;  ///< collided or did not fit the frame
  std::size_t layers_hidden = 0;   ///< outside their min/max scale
  bool cancelled = false;          ///< stopped by the caller before the end; the image is partial
};

/// Asked before each layer: true stops the render there, without labels (a view nobody
/// will look at any more, e.g. the window's map was replaced).
using RenderCancelled = std::function<bool()>;

/// The painter's device origin is the frame's top-left corner; the caller translates (and may
/// clip further). Filters must be bound (project::bind_style). Throws core::Error if a label
/// field is missing or the label font is not installed.
RenderStats render_map(QPainter& painter, const MapView& view, std::span<const StyledLayer> layers,
                       const RenderCancelled& cancelled = {});

}  // namespace ruralatlas::render
