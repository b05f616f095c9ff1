#include "analysis/p_center_search.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "analysis/network_travel_costs.hpp"

namespace ruralatlas::analysis {

namespace {

/// The finite costs at or above `lowest`, sorted, each once.
std::vector<double> candidate_radii(const SiteCostProblem& problem, double lowest) {
  std::vector<double> radii;
  for (const auto& row : problem.cost)
    for (const double v : row)
      if (std::isfinite(v) && v >= lowest) radii.push_back(v);
  std::sort(radii.begin(), radii.end());
  radii.erase(std::unique(radii.begin(), radii.end()), radii.end());
  return radii;
}

}  // namespace

SitingSolution solve_p_center(const SiteCostProblem& problem, const SitingSolver& cover) {
  validate(problem);
  // No answer beats every point going to its cheapest site anywhere (finite: validated).
  std::vector<double> cheapest(problem.demand_weight.size(), std::numeric_limits<double>::infinity());
  for (const auto& row : problem.cost)
    for (std::size_t i = 0; i < row.size(); ++i) cheapest[i] = std::min(cheapest[i], row[i]);
  const double lowest = cheapest.empty() ? 0.0 : *std::max_element(cheapest.begin(), cheapest.end());
  const auto radii = candidate_radii(problem, lowest);
  const double total = std::accumulate(problem.demand_weight.begin(), problem.demand_weight.end(), 0.0);
  const double everyone = total - 1e-9 * std::max(1.0, total);

  SitingSolution solution;
  solution.minimise = true;
  bool any_timeout = false;
  auto try_radius = [&](std::size_t index, bool& proven_too_small) {
    MaximalCoveringProblem p{problem.demand_weight, covering_sets_within_cost(problem.cost, radii[index]), problem.existing,
                             problem.new_sites};
    auto s = cover(p);
    any_timeout = any_timeout || s.timed_out;
    solution.method = "radius search+" + s.method;
    proven_too_small = s.bound < everyone;
    return s.objective >= everyone ? std::optional<std::vector<std::size_t>>(std::move(s.new_sites)) : std::nullopt;
  };

  std::size_t low = 0, high = radii.empty() ? 0 : radii.size() - 1, proven_low = 0;
  bool too_small = false;
  auto best = radii.empty() ? std::nullopt : try_radius(high, too_small);
  if (!best) throw_unservable(problem);
  while (low < high) {
    const auto middle = low + (high - low) / 2;
    if (auto sites = try_radius(middle, too_small)) {
      high = middle, best = std::move(sites);
    } else {
      if (too_small) proven_low = std::max(proven_low, middle + 1);
      low = middle + 1;
    }
  }
  solution.new_sites = std::move(*best);
  solution.objective = worst_cost(problem, solution.new_sites);
  solution.bound = std::min(radii[proven_low], solution.objective);
  solution.proven_optimal = solution.bound >= solution.objective;
  solution.timed_out = any_timeout && !solution.proven_optimal;
  return solution;
}

}  // namespace ruralatlas::analysis
