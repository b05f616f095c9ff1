#pragma once
#include "core/layer.hpp"
#include "style/layer_style.hpp"

namespace ruralatlas::render {

/// A layer already in the map CRS, with the style that draws it (style filters bound to its fields).
struct StyledLayer {
  const core::Layer* layer = nullptr;
  const style::LayerStyle* style = nullptr;
};

}  // namespace ruralatlas::render
