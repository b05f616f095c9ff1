#pragma once
#include <optional>

#include "core/geometry.hpp"

namespace ruralatlas::render {

/// Where a feature's label goes, in map coordinates: the point itself; the middle of the
/// longest line part; for polygons a visual centre — the middle of the widest horizontal
/// run through the largest part at its centroid's height, so concave shapes label inside.
std::optional<core::Point> label_anchor(const core::Geometry& geometry);

}  // namespace ruralatlas::render
