#include "analysis/site_contribution.hpp"

#include <cmath>
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

}  // namespace ruralatlas::analysis

namespace ruralatlas::analysis {

std::vector<SiteContribution> rank_sites_by_saving(const SiteCostProblem& problem, const std::vector<std::size_t>& new_sites) {
  auto best = nearest_costs(problem, {});
  const auto& w = problem.demand_weight;
  std::vector<std::size_t> remaining = new_sites;
  std::vector<SiteContribution> ranked;
  while (!remaining.empty()) {
    std::size_t pick = 0;
    double pick_newly = -1, pick_saving = 0;
    for (std::size_t r = 0; r < remaining.size(); ++r) {
      const auto& cost = problem.cost[remaining[r]];
      double newly = 0, saving = 0;
      for (std::size_t i = 0; i < w.size(); ++i) {
        if (!std::isfinite(cost[i])) continue;
        if (!std::isfinite(best[i])) newly += w[i], saving -= w[i] * cost[i];
        else if (cost[i] < best[i]) saving += w[i] * (best[i] - cost[i]);
      }
      if (newly > pick_newly || (newly == pick_newly && saving > pick_saving)) pick = r, pick_newly = newly, pick_saving = saving;
    }
    const auto site = remaining[pick];
    for (std::size_t i = 0; i < w.size(); ++i) best[i] = std::min(best[i], problem.cost[site][i]);
    SiteContribution c{site, ranked.size() + 1, 0, pick_newly > 0 ? std::numeric_limits<double>::infinity() : pick_saving};
    ranked.push_back(c);
    remaining.erase(remaining.begin() + static_cast<long>(pick));
  }
  return ranked;
}

}  // namespace ruralatlas::analysis
