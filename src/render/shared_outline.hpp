#pragma once
// Polygon outlines with each edge drawn once (render-internal). Neighbouring polygons share
// their boundary, and a dashed outline stroked once per polygon runs along it twice, in
// opposite directions and out of phase: the dashes fill each other's gaps and township
// boundaries print solid. Edges are keyed by their exact end points; each polygon
// contributes only the edges no earlier polygon had, as continuous runs along its rings so
// the dash pattern flows through vertices.
#include <cstddef>
#include <unordered_set>
#include <vector>

#include "core/geometry.hpp"

namespace ruralatlas::render::detail {

class SharedOutline {
 public:
  /// Appends to `runs` the outline pieces of `polygons` not drawn before (open polylines, or
  /// a whole closed ring when none of it was).
  void add(const core::MultiPolygon& polygons, std::vector<std::vector<core::Point>>& runs);

 private:
  struct Edge {
    double ax, ay, bx, by;  ///< end points, the smaller (x, y) first
    bool operator==(const Edge&) const = default;
  };
  struct EdgeHash {
    std::size_t operator()(const Edge& e) const;
  };
  void add_ring(const core::Polygon::ring_type& ring, std::vector<std::vector<core::Point>>& runs);

  std::unordered_set<Edge, EdgeHash> m_seen;
  std::vector<char> m_new;  ///< per edge of the current ring
};

}  // namespace ruralatlas::render::detail
