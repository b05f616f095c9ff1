#pragma once
// Driving speeds by road class and surface, and the minutes they give each edge of a road graph.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "analysis/road_graph.hpp"

namespace ruralatlas::analysis {

struct SpeedTable {
  std::string source;  ///< the file it came from, for messages
  /// class → surface → km/h; the surface "" applies to every surface of that class.
  std::map<std::string, std::map<std::string, double>> kmh;

  /// Throws core::Error (Config) naming the class (or the class and surface) the table lacks.
  double speed_kmh(const std::string& road_class, const std::string& surface, std::int64_t road_fid) const;
};

/// Minutes to drive each edge of `graph` at its road's speed.
std::vector<double> edge_minutes(const RoadGraph& graph, const SpeedTable& speeds);

/// Minutes to cover `distance_m` at `speed_kmh`.
inline double minutes_at(double distance_m, double speed_kmh) { return distance_m * 60.0 / (speed_kmh * 1000.0); }

}  // namespace ruralatlas::analysis
