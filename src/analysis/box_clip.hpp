#pragma once
// Cutting geometry to an axis-aligned box: an atlas page draws only what its frame shows, so
// a county boundary of thousands of vertices crossing a township page costs only the
// vertices near the page. Polygons keep a ring along the box edge where they are cut
// (callers clip to a box larger than what is shown, so those edges are never seen).
#include "core/geometry.hpp"

namespace ruralatlas::analysis {

/// Each ring clipped to `box` (Sutherland–Hodgman); rings left with fewer than 3 vertices
/// are dropped, and polygons whose outer ring is dropped. Areas inside the box are unchanged.
core::MultiPolygon clip_to_box(const core::MultiPolygon& polygons, const core::Envelope& box);

/// The parts of each line inside `box` (Liang–Barsky per segment); a line leaving and
/// re-entering the box becomes several parts.
core::MultiLineString clip_to_box(const core::MultiLineString& lines, const core::Envelope& box);

}  // namespace ruralatlas::analysis
