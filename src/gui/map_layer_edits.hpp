#pragma once
// The map as the window shows it (the project's layers as the user reordered, removed,
// added and hid them) and the edits to it. Each edit makes a new map sharing the layers'
// data, so a render or an export still running keeps the map it started with.
#include <memory>
#include <vector>

#include "project/map_pipeline.hpp"

namespace ruralatlas::gui {

struct ShownMap {
  std::shared_ptr<const project::LoadedMap> map;
  std::vector<bool> visible;  ///< per map layer, bottom to top
};

/// Layer `from` moved to position `to` (bottom-to-top indices), the others keeping their order.
ShownMap move_layer(const ShownMap& shown, std::size_t from, std::size_t to);
ShownMap remove_layer(const ShownMap& shown, std::size_t index);
/// `layer` added on top, visible.
ShownMap add_layer(const ShownMap& shown, project::MapLayer layer);
/// The map with only its visible layers: what the window shows, for printing.
std::shared_ptr<const project::LoadedMap> visible_layers_only(const ShownMap& shown);

}  // namespace ruralatlas::gui
