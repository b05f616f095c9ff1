#include "project/printed_map.hpp"

#include <algorithm>

namespace ruralatlas::project {

std::vector<bool> layer_visibility(const ProjectSpec& spec) {
  std::vector<bool> visible;
  for (const auto& entry : spec.layers) visible.push_back(entry.visible);
  return visible;
}

LoadedMap printed_map(const LoadedMap& map, const std::vector<bool>& visible) {
  LoadedMap printed;
  printed.spec = map.spec;
  printed.crs = map.crs;
  printed.notes = map.notes;
  for (std::size_t i = 0; i < map.layers.size(); ++i)
    if (visible.at(i)) printed.layers.push_back(map.layers[i]);
  auto& extent_layer = printed.spec.extent_layer;
  if (std::none_of(printed.layers.begin(), printed.layers.end(), [&](const auto& l) { return l.layer->name == extent_layer; }))
    extent_layer.clear();
  return printed;
}

}  // namespace ruralatlas::project
