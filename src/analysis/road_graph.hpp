#pragma once
// A routable graph built from road lines. Vertices closer than the snapping tolerance become
// one node; a line end within the tolerance of another road's segment splits that segment
// there (T-junctions, slight under- and overshoots), and two segments that cross split each
// other at the crossing. Every edge is the straight piece between two nodes, so its length is
// the distance between them. The layer must be in a metric CRS.
#include <cstdint>
#include <string>
#include <vector>

#include "core/layer.hpp"

namespace ruralatlas::analysis {

struct RoadGraphOptions {
  double snap_tolerance_m = 1.0;
  std::string class_field = "road_class";
  std::string surface_field = "surface";
};

struct RoadEdge {
  std::uint32_t from = 0, to = 0;  ///< node indices
  double length_m = 0;
  std::uint32_t road = 0;  ///< feature index in the road layer
};

/// A road class and surface as written in the layer, e.g. ("county", "asphalt").
struct RoadKind {
  std::string road_class, surface;
};

struct RoadGraph {
  std::vector<core::Point> nodes;
  std::vector<RoadEdge> edges;
  /// The distinct kinds, and per road feature its kind: a national network has millions of
  /// roads but a few dozen kinds.
  std::vector<RoadKind> kinds;
  std::vector<std::uint32_t> road_kind;
  std::vector<std::int64_t> road_fid;

  const std::string& road_class(std::uint32_t road) const { return kinds[road_kind[road]].road_class; }
  const std::string& road_surface(std::uint32_t road) const { return kinds[road_kind[road]].surface; }
};

/// Throws core::Error (InputData) for a geographic CRS or a missing class/surface field.
RoadGraph build_road_graph(const core::Layer& roads, const RoadGraphOptions& options);

}  // namespace ruralatlas::analysis
