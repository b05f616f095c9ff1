#pragma once
// The layers a map prints: a project's `visible: false` layers (and those the window hides)
// are left out of `render`, `atlas` and the window's Export map alike, so the three agree.
#include <vector>

#include "project/map_pipeline.hpp"

namespace ruralatlas::project {

/// Per layer of the map load_map makes of `spec`: shown unless its entry says `visible: false`.
std::vector<bool> layer_visibility(const ProjectSpec& spec);

/// `map` with only the layers `visible` marks, in order. When the extent_layer is not among
/// them the page is framed on the printed layers.
LoadedMap printed_map(const LoadedMap& map, const std::vector<bool>& visible);

}  // namespace ruralatlas::project
