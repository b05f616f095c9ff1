#pragma once
// Nearest-distance coverage: for each demand feature (its first point), the exact planar
// distance to the nearest target feature — a point, a line or a polygon (0 inside) — and
// which one. Both layers must be in the same metric CRS: distances are metres, never degrees.
#include <cstdint>
#include <optional>
#include <vector>

#include "core/layer.hpp"

namespace ruralatlas::analysis {

struct NearestTarget {
  std::optional<std::size_t> target;  ///< index into the target layer; nullopt if it is empty
  double distance_m = 0;
};

/// Throws core::Error (InputData) if either layer is in a geographic CRS. `target_mask`
/// (optional) keeps only the targets whose entry is true (e.g. hardened roads).
std::vector<NearestTarget> nearest_targets(const core::Layer& demand, const core::Layer& targets,
                                           const std::vector<bool>& target_mask = {});

}  // namespace ruralatlas::analysis
