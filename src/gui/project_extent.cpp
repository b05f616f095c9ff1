#include "gui/project_extent.hpp"

namespace ruralatlas::gui {

core::Envelope project_extent(const project::LoadedMap& map) {
  auto extent = core::empty_envelope();
  for (const auto& l : map.layers)
    if (map.spec.extent_layer.empty() || l.layer->name == map.spec.extent_layer) core::expand(extent, l.layer->extent());
  if (!core::is_empty(extent) || map.spec.extent_layer.empty()) return extent;
  // An extent_layer that is empty or missing still leaves the other layers to look at.
  for (const auto& l : map.layers) core::expand(extent, l.layer->extent());
  return extent;
}

}  // namespace ruralatlas::gui
