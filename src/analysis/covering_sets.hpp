#pragma once
// Straight-line covering sets: per candidate, the demand points within a distance. Points must
// be in a metric CRS (metres).
#include <cstddef>
#include <vector>

#include "core/geometry.hpp"

namespace ruralatlas::analysis {

/// Sorted demand indices per candidate with distance <= within_m (R-tree on the demand).
std::vector<std::vector<std::size_t>> covering_sets_within_distance(const std::vector<core::Point>& candidates,
                                                                     const std::vector<core::Point>& demand, double within_m);

}  // namespace ruralatlas::analysis
