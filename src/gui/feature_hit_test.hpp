#pragma once
// Which feature the user clicked: the topmost visible layer with a feature at the point,
// where points and lines count within a tolerance (a few pixels, in map units) and polygons
// when they contain the point.
#include <cstddef>
#include <optional>
#include <vector>

#include "core/geometry.hpp"
#include "core/layer.hpp"
#include "project/map_pipeline.hpp"

namespace ruralatlas::gui {

struct FeatureRef {
  std::size_t layer_index = 0;    ///< into LoadedMap::layers
  std::size_t feature_index = 0;  ///< into that layer's features
};

/// The feature of `layer` at `p`, the nearest one for points and lines; nullopt if none.
std::optional<std::size_t> feature_at(const core::Layer& layer, const core::Point& p, double tolerance_units);

/// `draw_order`: map layer indices bottom to top, only the visible ones.
std::optional<FeatureRef> topmost_feature_at(const project::LoadedMap& map, const std::vector<std::size_t>& draw_order,
                                             const core::Point& p, double tolerance_units);

}  // namespace ruralatlas::gui
