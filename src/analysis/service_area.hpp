#pragma once
// Service areas (e.g. the 15- and 30-minute circles) as polygons for maps: every road piece
// reachable within the time, widened on each side by how far one could still walk (or drive a
// tractor) off-road in the minutes left there, plus that off-road reach around each facility.
#include <vector>

#include "analysis/shortest_times.hpp"
#include "analysis/travel_network.hpp"

namespace ruralatlas::analysis {

struct ServiceAreaOptions {
  double within_min = 30;
  double access_kmh = 5;
  int circle_segments = 24;  ///< polygon vertices per full circle of off-road reach
};

/// Union over the whole facility set; `facilities` are the facility locations (off-road start).
core::MultiPolygon service_area(const TravelNetwork& network, const ShortestTimes& times,
                                const std::vector<core::Point>& facilities, const ServiceAreaOptions& options);

}  // namespace ruralatlas::analysis
