#pragma once
// The pole of inaccessibility: the interior point farthest from a polygon's edges, where a
// label sits best (a centroid can fall outside a C-shaped county or in a lake). Grid search
// with a priority queue of cells (Garcia-Castellanos & Lombardo 2007; the "polylabel"
// method): cells whose best possible distance cannot beat the best found are not split.
#include "core/geometry.hpp"

namespace ruralatlas::render {

struct Pole {
  core::Point point;
  double distance = 0;  ///< to the nearest edge (outer ring or hole), map units
};

/// Within `precision` map units of the true pole (precision <= 0: 1% of the smaller side of
/// the bounding box). Rings need not be closed; an empty polygon gives {0, 0}.
Pole pole_of_inaccessibility(const core::Polygon& polygon, double precision = 0);

}  // namespace ruralatlas::render
