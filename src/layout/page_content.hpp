#pragma once
// What fills a layout's items: the named maps (styled layers in the map CRS and the extent
// to frame) and the texts substituted into {variables}.
//
// The common single-map page sets the `map_*` fields (the map named "main") and the
// `locator_*` fields (the map named "locator"); further maps, or replacements for those
// two, go in `maps`.
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "layout/geographic_transform.hpp"
#include "layout/text_variables.hpp"
#include "render/styled_layer.hpp"

namespace ruralatlas::layout {

struct MapContent {
  std::span<const render::StyledLayer> layers;    ///< bottom to top, in the map CRS
  core::Envelope extent = core::empty_envelope();  ///< what a frame shows by default; empty = all layers
  double metres_per_unit = 1.0;                    ///< of the map CRS
  const core::MultiPolygon* focus = nullptr;       ///< an atlas page's feature: the rest is dimmed
  std::span<const render::StyledLayer> legend_layers;  ///< what the legend counts; empty = layers
};

/// Rows of a table item: a header and rows of cells, already formatted.
struct TableData {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

struct PageContent {
  std::span<const render::StyledLayer> map_layers;      ///< the map "main"
  core::Envelope map_extent = core::empty_envelope();
  double metres_per_unit = 1.0;                         ///< of the map CRS (both maps)
  std::span<const render::StyledLayer> locator_layers;  ///< the map "locator"
  core::Envelope locator_extent = core::empty_envelope();
  std::map<std::string, MapContent> maps;               ///< further maps by name
  TextVariables variables;                              ///< title, subtitle, source, date, crs
  std::map<std::string, TableData> tables;              ///< for table items, by name
  GeographicTransform geographic;                       ///< map CRS <-> lon/lat, for graticules

  /// The map called `name`: an entry of `maps`, else "main"/"locator" from the fields above.
  std::optional<MapContent> find_map(const std::string& name) const;
};

}  // namespace ruralatlas::layout
