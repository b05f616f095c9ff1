#pragma once
// Which polygon of a layer contains each point of another: villages to townships or
// counties. Both layers must be in the same CRS.
#include <optional>
#include <vector>

#include "core/layer.hpp"

namespace ruralatlas::analysis {

/// For each feature of `points` (its first point), the index of the first feature of
/// `polygons` that contains it (boundary counts as inside), or nullopt. R-tree indexed,
/// searched on every core.
std::vector<std::optional<std::size_t>> locate_points(const core::Layer& points, const core::Layer& polygons);

}  // namespace ruralatlas::analysis
