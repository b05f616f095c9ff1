#include "analysis/facility_travel_time.hpp"

#include <cmath>

#include "analysis/network_attachment.hpp"
#include "analysis/speed_table.hpp"

namespace ruralatlas::analysis {

FacilityTravelTimes travel_to_nearest_facility(const RoadGraph& graph, const std::vector<double>& edge_minutes,
                                               const std::vector<std::optional<core::Point>>& demand,
                                               const std::vector<std::optional<core::Point>>& facilities,
                                               double access_kmh) {
  return travel_to_nearest_facility(RoadEdgeIndex(graph), edge_minutes, demand, facilities, access_kmh);
}

FacilityTravelTimes travel_to_nearest_facility(RoadEdgeIndex index, const std::vector<double>& edge_minutes,
                                               const std::vector<std::optional<core::Point>>& demand,
                                               const std::vector<std::optional<core::Point>>& facilities,
                                               double access_kmh) {
  const auto& graph = index.graph();
  auto points = demand;
  points.insert(points.end(), facilities.begin(), facilities.end());
  const auto attachments = [&] {
    const auto owned = std::move(index);  // destroyed on return, before the network is built
    return attach_to_network(owned, points);
  }();
  FacilityTravelTimes result;
  result.network = build_travel_network(graph, edge_minutes, attachments);

  const auto first_demand = static_cast<std::uint32_t>(graph.nodes.size());
  const auto first_facility = first_demand + static_cast<std::uint32_t>(demand.size());
  std::vector<TravelSource> sources;
  for (std::uint32_t f = 0; f < facilities.size(); ++f)
    if (const auto& a = attachments[demand.size() + f])
      sources.push_back({first_facility + f, minutes_at(a->access_m, access_kmh), f});
  result.times = shortest_times(result.network, sources);

  result.trips.resize(demand.size());
  for (std::uint32_t d = 0; d < demand.size(); ++d) {
    const auto& a = attachments[d];
    const double on_network = result.times.minutes[first_demand + d];
    if (!a || !std::isfinite(on_network)) continue;
    result.trips[d].facility = result.times.label[first_demand + d];
    result.trips[d].travel_min = on_network + minutes_at(a->access_m, access_kmh);
  }
  return result;
}

}  // namespace ruralatlas::analysis
