#include "gui/map_layer_edits.hpp"

#include <algorithm>
#include <iterator>

#include "project/printed_map.hpp"

namespace ruralatlas::gui {

namespace {

template <class T>
void move_element(std::vector<T>& items, std::size_t from, std::size_t to) {
  auto item = std::move(items.at(from));
  items.erase(items.begin() + static_cast<std::ptrdiff_t>(from));
  items.insert(items.begin() + static_cast<std::ptrdiff_t>(std::min(to, items.size())), std::move(item));
}

}  // namespace

ShownMap move_layer(const ShownMap& shown, std::size_t from, std::size_t to) {
  auto map = std::make_shared<project::LoadedMap>(*shown.map);
  auto visible = shown.visible;
  move_element(map->layers, from, to);
  // std::vector<bool> has no movable elements: move a copy of the flag.
  const bool flag = visible.at(from);
  visible.erase(visible.begin() + static_cast<std::ptrdiff_t>(from));
  visible.insert(visible.begin() + static_cast<std::ptrdiff_t>(std::min(to, visible.size())), flag);
  return {std::move(map), std::move(visible)};
}

ShownMap remove_layer(const ShownMap& shown, std::size_t index) {
  auto map = std::make_shared<project::LoadedMap>(*shown.map);
  auto visible = shown.visible;
  map->layers.erase(map->layers.begin() + static_cast<std::ptrdiff_t>(index));
  visible.erase(visible.begin() + static_cast<std::ptrdiff_t>(index));
  return {std::move(map), std::move(visible)};
}

ShownMap join_into_layer(const ShownMap& shown, std::size_t index, core::Layer joined, const project::TableJoinSpec& join) {
  auto map = std::make_shared<project::LoadedMap>(*shown.map);
  auto& layer = map->layers.at(index);
  for (std::size_t f = layer.layer->fields.size(); f < joined.fields.size(); ++f)
    layer.joined_fields.push_back({joined.fields[f].name, join.table});
  layer.origin.window_joins.push_back(join);
  layer.layer = std::make_shared<const core::Layer>(std::move(joined));
  return {std::move(map), shown.visible};
}

ShownMap restyle_layer(const ShownMap& shown, std::size_t index, style::LayerStyle style) {
  auto map = std::make_shared<project::LoadedMap>(*shown.map);
  map->layers.at(index).style = std::move(style);
  map->layers.at(index).origin.style_file.clear();  // saved as a new style file
  return {std::move(map), shown.visible};
}

ShownMap add_layer(const ShownMap& shown, project::MapLayer layer) {
  auto map = std::make_shared<project::LoadedMap>(*shown.map);
  auto visible = shown.visible;
  map->layers.push_back(std::move(layer));
  visible.push_back(true);
  return {std::move(map), std::move(visible)};
}

std::shared_ptr<const project::LoadedMap> printable_map(const ShownMap& shown) {
  return std::make_shared<const project::LoadedMap>(project::printed_map(*shown.map, shown.visible));
}

}  // namespace ruralatlas::gui
