#pragma once
// A road graph with minutes on every edge from a speed file, and the off-road access speed:
// what travel times are searched over. `ruralatlas travel`/`site` price the graph they read from
// a layer file, the window's panels the graph of a loaded roads layer, the same way.
#include <vector>

#include "analysis/road_graph.hpp"
#include "core/geometry.hpp"
#include "project/speed_file.hpp"

namespace ruralatlas::project {

struct PricedRoadGraph {
  analysis::RoadGraph graph;
  std::vector<double> edge_minutes;
  double access_kmh = 5;

  /// minutes[site][demand] (infinity where the network does not connect them).
  std::vector<std::vector<double>> minutes_from_sites(const std::vector<core::Point>& sites,
                                                      const std::vector<core::Point>& demand) const;
};

/// The graph options a speed file implies: its class and surface fields, and the snap tolerance.
analysis::RoadGraphOptions road_graph_options(const SpeedFileSpec& speeds, double snap_m);

/// `access_kmh` 0: the speed file's. Throws core::Error (Config) naming the speed file and the
/// road class (or class and surface) it has no speed for.
PricedRoadGraph price_road_graph(analysis::RoadGraph graph, const SpeedFileSpec& speeds, double access_kmh = 0);

}  // namespace ruralatlas::project
