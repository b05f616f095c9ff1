#pragma once
#include <optional>

#include "core/geometry.hpp"

namespace ruralatlas::render {

/// Where a feature's label goes, in map coordinates: a point itself (the first of a
/// multipoint); the middle (by length) of the longest line part; for polygons the pole of
/// inaccessibility of the largest part, so C-shaped and holed polygons label inside.
/// `precision` (map units) bounds the pole's error; <= 0 picks 1% of the part's size.
std::optional<core::Point> label_anchor(const core::Geometry& geometry, double precision = 0);

/// The anchor of the part of `geometry` inside `visible` (a map frame's extent): a county cut
/// by the frame edge is labelled in the middle of what the map shows of it. Polygons are
/// clipped to the box; points and line middles outside it give nullopt.
std::optional<core::Point> visible_label_anchor(const core::Geometry& geometry, const core::Envelope& visible,
                                                double precision = 0);

}  // namespace ruralatlas::render
