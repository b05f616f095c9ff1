#pragma once
// What fills a layout's items: the styled layers of the map (and of the locator), the
// extent to frame, and the texts substituted into {variables}.
#include <map>
#include <span>
#include <string>

#include "core/geometry.hpp"
#include "render/styled_layer.hpp"

namespace ruralatlas::layout {

struct PageContent {
  std::span<const render::StyledLayer> map_layers;      ///< bottom to top, in the map CRS
  core::Envelope map_extent = core::empty_envelope();   ///< what the map frame must show
  double metres_per_unit = 1.0;                         ///< of the map CRS
  std::span<const render::StyledLayer> locator_layers;  ///< drawn small in the locator inset
  core::Envelope locator_extent = core::empty_envelope();
  std::map<std::string, std::string> variables;         ///< title, subtitle, date, source, crs
};

}  // namespace ruralatlas::layout
