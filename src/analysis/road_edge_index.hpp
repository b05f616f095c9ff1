#pragma once
// An R-tree over the edges of a road graph, for the off-road access leg: the nearest edge to a
// point and the foot on it. Built once per graph; read-only queries are safe from many threads.
// The travel command builds it while the villages and facilities are still being read.
#include <cstdint>
#include <memory>

#include "analysis/road_graph.hpp"

namespace ruralatlas::analysis {

struct NetworkAttachment {
  std::uint32_t edge = 0;  ///< index into RoadGraph::edges
  double t = 0;            ///< where along the edge: 0 at `from`, 1 at `to`
  double access_m = 0;     ///< straight-line length of the access leg
};

class RoadEdgeIndex {
 public:
  /// Keeps a reference to `graph`, which must outlive the index. Throws core::Error
  /// (InputData) when the graph has no edges.
  explicit RoadEdgeIndex(const RoadGraph& graph);
  ~RoadEdgeIndex();
  RoadEdgeIndex(RoadEdgeIndex&&) noexcept;
  RoadEdgeIndex& operator=(RoadEdgeIndex&&) noexcept;

  /// The closest point of the nearest edge to p (lowest edge index among equally near ones).
  NetworkAttachment nearest(const core::Point& p) const;
  const RoadGraph& graph() const { return *m_graph; }

 private:
  struct Tree;
  const RoadGraph* m_graph;
  std::unique_ptr<Tree> m_tree;
};

}  // namespace ruralatlas::analysis
