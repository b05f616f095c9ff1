#pragma once
// Which feature the user clicked: the topmost visible layer with a feature at the point,
// where points and lines count within a tolerance (a few pixels, in map units) and polygons
// when they contain the point. With an index of the layer (LayerHitIndexes) only the features
// whose envelope is near the point are tested; the answer is the same as scanning them all.
#include <cstddef>
#include <optional>
#include <vector>

#include "core/geometry.hpp"
#include "core/layer.hpp"
#include "project/layer_window.hpp"
#include "project/map_pipeline.hpp"

namespace ruralatlas::gui {

struct FeatureRef {
  std::size_t layer_index = 0;    ///< into LoadedMap::layers
  std::size_t feature_index = 0;  ///< into that layer's features
};

class LayerHitIndexes;

/// The feature of `layer` at `p`, the nearest one for points and lines (the later one on a
/// tie: it is drawn on top); nullopt if none. Tests every feature.
std::optional<std::size_t> feature_at(const core::Layer& layer, const core::Point& p, double tolerance_units);
/// The same, testing only the features `index` (of its layer) finds near `p`.
std::optional<std::size_t> feature_at(const project::LayerWindow& index, const core::Point& p, double tolerance_units);

/// `draw_order`: map layer indices bottom to top, only the visible ones. Layers `indexes` has
/// an index of are searched through it, the others scanned whole.
std::optional<FeatureRef> topmost_feature_at(const project::LoadedMap& map, const std::vector<std::size_t>& draw_order,
                                             const core::Point& p, double tolerance_units,
                                             const LayerHitIndexes* indexes = nullptr);

}  // namespace ruralatlas::gui
