#pragma once
// Where a layer of a loaded map came from, so the desktop app can save the map as a project:
// the layer and style files it was read with, and what the window changed since (joins applied,
// a new style). A layer with no file at all (an analysis result) exists only in memory.
#include <filesystem>
#include <string>
#include <vector>

#include "project/layer_file.hpp"

namespace ruralatlas::project {

struct MapLayerOrigin {
  std::filesystem::path layer_file;   ///< the layer file it was read from; empty: none
  std::filesystem::path vector_file;  ///< a data file added as it is (shapefile, GeoPackage, …), or a
                                      ///< PostGIS connection ("PG:…", never with a password)
  std::filesystem::path style_file;   ///< empty: the style was made in the window (or restyled there)
  std::vector<TableJoinSpec> window_joins;  ///< joins applied in the window, not in layer_file
  std::string source_layer;  ///< the table (or layer) of vector_file; empty: its first

  bool in_memory_only() const { return layer_file.empty() && vector_file.empty(); }
};

}  // namespace ruralatlas::project
