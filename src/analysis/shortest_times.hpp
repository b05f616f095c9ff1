#pragma once
// Multi-source Dijkstra: one run labels every node with the minutes to its nearest source and
// which source that is — all clinics of a county at once, not one search per clinic.
#include <cstdint>
#include <limits>
#include <vector>

#include "analysis/travel_network.hpp"

namespace ruralatlas::analysis {

struct TravelSource {
  std::uint32_t node = 0;
  double start_min = 0;  ///< e.g. the facility's own access leg
  std::uint32_t label = 0;  ///< e.g. facility index
};

struct ShortestTimes {
  static constexpr double kUnreached = std::numeric_limits<double>::infinity();
  std::vector<double> minutes;  ///< kUnreached where no source reaches
  std::vector<std::uint32_t> label;  ///< label of the nearest source (meaningless where unreached)
};

ShortestTimes shortest_times(const TravelNetwork& network, const std::vector<TravelSource>& sources);

}  // namespace ruralatlas::analysis
