#include "analysis/site_contribution.hpp"

#include <limits>

namespace ruralatlas::analysis {

std::vector<SiteContribution> rank_sites(const MaximalCoveringProblem& problem, const std::vector<std::size_t>& new_sites) {
  auto count = existing_cover_counts(problem);
  std::vector<std::size_t> remaining = new_sites;
  std::vector<SiteContribution> ranked;
  while (!remaining.empty()) {
    std::size_t best = 0;
    double best_gain = -1;
    for (std::size_t r = 0; r < remaining.size(); ++r) {
      double gain = 0;
      for (const auto i : problem.covers[remaining[r]])
        if (count[i] == 0) gain += problem.demand_weight[i];
      if (gain > best_gain) best_gain = gain, best = r;
    }
    const auto site = remaining[best];
    for (const auto i : problem.covers[site]) ++count[i];
    ranked.push_back({site, ranked.size() + 1, best_gain});
    remaining.erase(remaining.begin() + static_cast<long>(best));
  }
  return ranked;
}

std::vector<SiteAllocation> allocate_to_nearest_site(const std::vector<core::Point>& demand,
                                                     const std::vector<core::Point>& open_sites) {
  std::vector<SiteAllocation> result(demand.size());
  for (std::size_t i = 0; i < demand.size(); ++i) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t s = 0; s < open_sites.size(); ++s) {
      const double d = boost::geometry::distance(demand[i], open_sites[s]);
      if (d < best) best = d, result[i] = {s, d};
    }
  }
  return result;
}

}  // namespace ruralatlas::analysis
