#include "analysis/network_travel_costs.hpp"

#include <cmath>
#include <limits>

#include "analysis/network_attachment.hpp"
#include "analysis/shortest_times.hpp"
#include "analysis/speed_table.hpp"
#include "analysis/travel_network.hpp"

namespace ruralatlas::analysis {

std::vector<std::vector<double>> travel_minutes_from_sites(const RoadGraph& graph, const std::vector<double>& edge_minutes,
                                                           const std::vector<core::Point>& sites,
                                                           const std::vector<core::Point>& demand, double access_kmh) {
  std::vector<std::optional<core::Point>> points(demand.begin(), demand.end());
  points.insert(points.end(), sites.begin(), sites.end());
  const auto attachments = attach_to_network(graph, points);
  const auto network = build_travel_network(graph, edge_minutes, attachments);
  const auto first_demand = static_cast<std::uint32_t>(graph.nodes.size());
  const auto first_site = first_demand + static_cast<std::uint32_t>(demand.size());
  constexpr double unreached = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> minutes(sites.size(), std::vector<double>(demand.size(), unreached));
  for (std::uint32_t s = 0; s < sites.size(); ++s) {
    const auto& site = attachments[demand.size() + s];
    if (!site) continue;
    const auto times = shortest_times(network, {{first_site + s, minutes_at(site->access_m, access_kmh), 0}});
    for (std::uint32_t d = 0; d < demand.size(); ++d) {
      const double on_network = times.minutes[first_demand + d];
      if (attachments[d] && std::isfinite(on_network))
        minutes[s][d] = on_network + minutes_at(attachments[d]->access_m, access_kmh);
    }
  }
  return minutes;
}

std::vector<std::vector<std::size_t>> covering_sets_within_cost(const std::vector<std::vector<double>>& cost, double within) {
  std::vector<std::vector<std::size_t>> covers(cost.size());
  for (std::size_t s = 0; s < cost.size(); ++s)
    for (std::size_t d = 0; d < cost[s].size(); ++d)
      if (cost[s][d] <= within) covers[s].push_back(d);
  return covers;
}

}  // namespace ruralatlas::analysis
