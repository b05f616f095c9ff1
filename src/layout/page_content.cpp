#include "layout/page_content.hpp"

#include "layout/print_layout.hpp"

namespace ruralatlas::layout {

std::optional<MapContent> PageContent::find_map(const std::string& name) const {
  if (auto it = maps.find(name); it != maps.end()) return it->second;
  if (name == kMainMap) return MapContent{map_layers, map_extent, metres_per_unit, nullptr, {}};
  if (name == kLocatorMap) {
    if (locator_layers.empty()) return std::nullopt;
    return MapContent{locator_layers, locator_extent, metres_per_unit, nullptr, {}};
  }
  return std::nullopt;
}

}  // namespace ruralatlas::layout
