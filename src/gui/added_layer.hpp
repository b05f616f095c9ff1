#pragma once
// A layer the user adds in the window: a vector file (shapefile, GeoPackage, GeoJSON, …)
// or a layer file (layers/*.yaml, joins applied), read by project::load_layer as a project
// reads its layers, reprojected to the map CRS and drawn with a plain default style.
#include <filesystem>

#include "core/crs.hpp"
#include "project/database_connection.hpp"
#include "project/map_pipeline.hpp"

namespace ruralatlas::gui {

/// Reads `file` for a map in `map_crs`. Throws core::Error naming the file on a file that
/// cannot be read, a layer file that is computed (no source), or a layer without features.
project::MapLayer load_added_layer(const std::filesystem::path& file, const core::Crs& map_crs);

/// Reads table `table` of the PostGIS server `connection` (the password used to read only: the
/// layer remembers the connection without it, for saving). Throws core::Error naming the server.
project::MapLayer load_database_layer(const project::DatabaseConnection& connection, const std::string& table,
                                      const core::Crs& map_crs);

/// Single-symbol style for a layer of `kind`: dark markers, lines or outlines.
style::LayerStyle default_style(const core::Layer& layer);

}  // namespace ruralatlas::gui
