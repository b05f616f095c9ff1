#include "analysis/road_graph.hpp"

#include "analysis/road_graph_builder.hpp"

namespace ruralatlas::analysis {

RoadGraph build_road_graph(const core::Layer& roads, const RoadGraphOptions& options) {
  RoadGraphBuilder builder(roads, options);
  for (const auto& f : roads.features) builder.add(f);
  return builder.build();
}

}  // namespace ruralatlas::analysis
