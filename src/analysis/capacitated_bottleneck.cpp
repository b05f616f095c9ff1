#include "analysis/capacitated_bottleneck.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace ruralatlas::analysis {

namespace {

/// The problem as maximal covering within `radius`: a site serves only the demand it reaches
/// within it.
CapacitatedProblem within(const CapacitatedProblem& problem, double radius) {
  auto p = problem;
  p.minimise_cost = false;
  for (auto& row : p.cost)
    for (auto& c : row) c = c <= radius ? 0.0 : std::numeric_limits<double>::infinity();
  return p;
}

}  // namespace

CapacitatedBottleneck capacitated_bottleneck(const CapacitatedProblem& problem, const std::vector<std::size_t>& new_sites) {
  std::vector<std::size_t> open = problem.existing;
  open.insert(open.end(), new_sites.begin(), new_sites.end());
  std::vector<double> radii;
  for (const auto j : open)
    for (const double c : problem.cost[j])
      if (std::isfinite(c)) radii.push_back(c);
  std::sort(radii.begin(), radii.end());
  radii.erase(std::unique(radii.begin(), radii.end()), radii.end());

  const double total = std::accumulate(problem.demand_weight.begin(), problem.demand_weight.end(), 0.0);
  const double everyone = total - 1e-9 * std::max(1.0, total);
  const auto serves_everyone = [&](std::size_t index) {
    auto assignment = CapacitatedModel(within(problem, radii[index])).assign(new_sites);
    return assignment.served_weight >= everyone ? std::optional(std::move(assignment.flows)) : std::nullopt;
  };
  CapacitatedBottleneck result{std::numeric_limits<double>::infinity(), {}};
  if (radii.empty()) return result;
  auto best = serves_everyone(radii.size() - 1);
  if (!best) return result;
  std::size_t low = 0, high = radii.size() - 1;
  while (low < high) {
    const auto middle = low + (high - low) / 2;
    if (auto flows = serves_everyone(middle)) high = middle, best = std::move(flows);
    else low = middle + 1;
  }
  return {radii[high], std::move(*best)};
}

}  // namespace ruralatlas::analysis
