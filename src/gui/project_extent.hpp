#pragma once
#include "core/geometry.hpp"
#include "project/map_pipeline.hpp"

namespace ruralatlas::gui {

/// What "full extent" shows: the project's extent_layer, else every layer; the same
/// framing `ruralatlas render` starts from. Empty when those layers hold no features.
core::Envelope project_extent(const project::LoadedMap& map);

}  // namespace ruralatlas::gui
