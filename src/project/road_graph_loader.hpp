#pragma once
// The road graph of a layer file's roads in a metric CRS, read feature by feature: a national
// network (millions of segments) is never held as a layer, only as the graph's vertices, and
// only the class and surface columns are decoded.
#include "analysis/road_graph.hpp"
#include "core/crs.hpp"
#include "project/layer_file.hpp"
#include "project/road_graph_cache.hpp"

namespace ruralatlas::project {

/// Throws core::Error as load_layer, io::reproject and analysis::build_road_graph do. A layer
/// file with joins is read whole first, since a join may supply the class or surface.
analysis::RoadGraph load_road_graph(const LayerFileSpec& roads, const core::Crs& crs,
                                    const analysis::RoadGraphOptions& options);

struct CachedRoadGraph {
  analysis::RoadGraph graph;
  bool from_cache = false;
  std::optional<std::string> store_problem;  ///< why the built graph could not be cached
};

/// As above, through `cache`: the stored graph when its key matches, else built and stored.
/// Layer files with joins are built every time (the join tables would need fingerprints too).
CachedRoadGraph load_road_graph(const LayerFileSpec& roads, const core::Crs& crs,
                                const analysis::RoadGraphOptions& options, const RoadGraphCache& cache);

}  // namespace ruralatlas::project
