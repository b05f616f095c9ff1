#pragma once
// Runs one project: read layers (io), join indicator tables (analysis), reproject to the
// map CRS (io), read styles and classify them against the data (style), then hand the
// styled layers to the page layout (layout). The CLI and the desktop app both call this.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/crs.hpp"
#include "core/error.hpp"
#include "core/layer.hpp"
#include "project/layer_cache.hpp"
#include "project/map_layer_origin.hpp"
#include "project/project_file.hpp"
#include "style/layer_style.hpp"

namespace ruralatlas::project {

struct MapLayer {
  /// In the map CRS, joins applied; shared by every entry of the project that names the same
  /// layer file (each file is read once).
  std::shared_ptr<const core::Layer> layer;
  style::LayerStyle style;
  bool in_locator = false;
  /// Columns of `layer` that joins added (indicator tables), for the window to mark.
  std::vector<JoinedField> joined_fields;
  MapLayerOrigin origin;  ///< its files, for saving the map as a project
};

struct LoadedMap {
  ProjectSpec spec;
  core::Crs crs;
  std::vector<MapLayer> layers;  ///< bottom to top
  std::vector<std::string> notes;  ///< join reports and data warnings, for the user
};

struct MapLoadOptions {
  /// Read only the columns the project's styles name (classified field, rule filters, label
  /// field) of layers that nothing else reads: enough to draw one map (`render`), not for an
  /// atlas, whose page names, tables and filters name other fields.
  bool only_styled_fields = false;
};

LoadedMap load_map(const ProjectSpec& spec, const ProgressFn& progress = {}, const MapLoadOptions& options = {});

}  // namespace ruralatlas::project
