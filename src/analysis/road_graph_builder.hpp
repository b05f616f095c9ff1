#pragma once
// Builds a RoadGraph from road features given one at a time, so a caller can stream a national
// network from disk without holding the road layer: only the vertices (16 bytes each), the
// line starts and each road's kind and fid are kept until build().
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "analysis/road_graph.hpp"

namespace ruralatlas::analysis {

class RoadGraphBuilder {
 public:
  /// `roads` gives the CRS, fields and names for messages; its features are not read. Throws
  /// core::Error (InputData) for a geographic CRS or a missing class/surface field.
  RoadGraphBuilder(const core::Layer& roads, RoadGraphOptions options);

  /// Adds one feature of the layer (attributes aligned with its fields); features are numbered
  /// in the order they are added. Non-line geometries add a road without edges.
  void add(const core::Feature& road);

  /// Snaps, splits and joins everything added. Leaves the builder empty.
  RoadGraph build();

 private:
  std::uint32_t kind_of(const core::Feature& road);

  RoadGraphOptions m_options;
  std::size_t m_class_index = 0, m_surface_index = 0;
  std::vector<core::Point> m_vertices;
  std::vector<std::uint32_t> m_line_first;  ///< first vertex of each line
  std::vector<std::uint32_t> m_line_road;   ///< road of each line
  RoadGraph m_graph;                        ///< kinds, road_kind and road_fid so far
  std::map<std::pair<std::string, std::string>, std::uint32_t> m_kind_index;
};

}  // namespace ruralatlas::analysis
