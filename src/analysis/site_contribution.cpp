#include "analysis/site_contribution.hpp"

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
