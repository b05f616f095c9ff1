#pragma once
// Saves a map as the desktop app shows it (layers reordered, hidden, added, joined, restyled)
// as a project file the CLI renders to the same page. Files the map was read from are never
// changed: a layer with joins applied in the window gets a new layer file, a restyled or added
// layer a new style file, both next to the project file (`<project>-<layer>.layer.yaml`,
// `<project>-<layer>.style.yaml`; an existing file is never overwritten, the name gets -2, -3…).
// The project file is written last, so a failure leaves any earlier version of it intact.
#include <filesystem>
#include <string>
#include <vector>

#include "project/map_pipeline.hpp"

namespace ruralatlas::project {

struct SavedProject {
  ProjectSpec spec;  ///< as written; file = the project file
  /// Per layer of the map: its files now (those written for it); layers only in memory keep theirs.
  std::vector<MapLayerOrigin> origins;
  std::vector<std::filesystem::path> written;  ///< every file written, the project file last
  /// Titles of layers that exist only in memory (analysis results) and were left out.
  std::vector<std::string> unsaved_layers;
};

/// `visible`: per layer of `map`; a hidden layer is saved with `visible: false`. Throws
/// core::Error: InputData naming `project_file` when no layer comes from a file, Output naming the
/// file that could not be written (missing or read-only folder).
SavedProject save_map_project(const LoadedMap& map, const std::vector<bool>& visible,
                              const std::filesystem::path& project_file);

}  // namespace ruralatlas::project
