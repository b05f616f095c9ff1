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
/// Layer `index` replaced by `joined` (the same features with `join`'s table columns appended),
/// the new columns marked as joined from its table; saving the project keeps the join.
ShownMap join_into_layer(const ShownMap& shown, std::size_t index, core::Layer joined, const project::TableJoinSpec& join);
/// Layer `index` drawn with `style` (bound to its data).
ShownMap restyle_layer(const ShownMap& shown, std::size_t index, style::LayerStyle style);
/// What Export PDF prints: the map with only its visible layers, in the window's order. When
/// the project's extent_layer is hidden or removed, the page is framed on the printed layers.
std::shared_ptr<const project::LoadedMap> printable_map(const ShownMap& shown);

}  // namespace ruralatlas::gui
