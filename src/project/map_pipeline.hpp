#pragma once
// Runs one project: read layers (io), join indicator tables (analysis), reproject to the
// map CRS (io), read styles and classify them against the data (style), then hand the
// styled layers to the page layout (layout). The CLI and the desktop app both call this.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/crs.hpp"
#include "core/error.hpp"
#include "core/layer.hpp"
#include "project/project_file.hpp"
#include "style/layer_style.hpp"

namespace ruralatlas::project {

struct MapLayer {
  core::Layer layer;  ///< in the map CRS, joins applied
  style::LayerStyle style;
  bool in_locator = false;
};

struct LoadedMap {
  ProjectSpec spec;
  core::Crs crs;
  std::vector<MapLayer> layers;  ///< bottom to top
  std::vector<std::string> notes;  ///< join reports and data warnings, for the user
};

using ProgressFn = std::function<void(const std::string& step)>;

LoadedMap load_map(const ProjectSpec& spec, const ProgressFn& progress = {});

}  // namespace ruralatlas::project
