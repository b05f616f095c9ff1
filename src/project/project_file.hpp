#pragma once
// A project file (projects/*.yaml): one map — its layers bottom to top with their styles,
// the map CRS, the page layout and the texts printed on it.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "project/atlas_spec.hpp"

namespace ruralatlas::project {

struct MapLayerEntry {
  std::filesystem::path layer_file;
  std::filesystem::path style_file;
  bool locator = false;  ///< also drawn in the locator inset
  /// `visible: false`: kept in the project (the window lists it, unticked) but not printed
  /// by `render` or `atlas`, as the window's Export map leaves out a hidden layer.
  bool visible = true;
};

struct ProjectSpec {
  std::filesystem::path file;
  std::string name;      ///< base name of output files
  std::string title;
  std::string subtitle;
  std::string source_note;  ///< data source line
  std::string date;         ///< printed date; empty = today (ISO)
  std::string map_crs;      ///< e.g. "EPSG:4544"
  std::string extent_layer;  ///< layer name whose extent frames the map; empty = all layers
  std::filesystem::path layout_file;
  std::vector<MapLayerEntry> layers;  ///< bottom to top
  std::optional<AtlasSpec> atlas;     ///< pages for `ruralatlas atlas`
};

ProjectSpec read_project_file(const std::filesystem::path& path);

}  // namespace ruralatlas::project
