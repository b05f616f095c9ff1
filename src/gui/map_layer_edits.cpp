#include "gui/map_layer_edits.hpp"

#include <algorithm>
#include <iterator>

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

ShownMap join_into_layer(const ShownMap& shown, std::size_t index, core::Layer joined, const std::filesystem::path& table) {
  auto map = std::make_shared<project::LoadedMap>(*shown.map);
  auto& layer = map->layers.at(index);
  for (std::size_t f = layer.layer->fields.size(); f < joined.fields.size(); ++f)
    layer.joined_fields.push_back({joined.fields[f].name, table});
  layer.layer = std::make_shared<const core::Layer>(std::move(joined));
  return {std::move(map), shown.visible};
}

ShownMap restyle_layer(const ShownMap& shown, std::size_t index, style::LayerStyle style) {
  auto map = std::make_shared<project::LoadedMap>(*shown.map);
  map->layers.at(index).style = std::move(style);
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
  auto map = std::make_shared<project::LoadedMap>(*shown.map);
  map->layers.clear();
  for (std::size_t i = 0; i < shown.map->layers.size(); ++i)
    if (shown.visible.at(i)) map->layers.push_back(shown.map->layers[i]);
  auto& extent_layer = map->spec.extent_layer;
  if (std::none_of(map->layers.begin(), map->layers.end(), [&](const auto& l) { return l.layer->name == extent_layer; }))
    extent_layer.clear();
  return map;
}

}  // namespace ruralatlas::gui
