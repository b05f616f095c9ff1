#pragma once
// Greedy snapping of points to nodes: the first unassigned point (in input order) becomes a node
// and takes every unassigned point within the tolerance. Deterministic for a given input order.
// A sorted grid of cells at least the tolerance wide finds the candidates: 16 bytes a point,
// where an R-tree of the points took about three times that.
#include <cstdint>
#include <vector>

#include "core/geometry.hpp"

namespace ruralatlas::analysis {

struct SnappedPoints {
  std::vector<core::Point> nodes;      ///< one per node: the point that founded it
  std::vector<std::uint32_t> node_of;  ///< per input point, its node
};

SnappedPoints snap_points(const std::vector<core::Point>& points, double tolerance_m);

}  // namespace ruralatlas::analysis
