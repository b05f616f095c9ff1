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

/// A packing argument: demand points the existing facilities miss and no single site reaches
/// two of need a site each, so more such points than k new sites proves the radius too small.
/// Points with the fewest reaching sites go first, to find many.
bool packing_proves_too_small(const MaximalCoveringProblem& p) {
  const auto existing = existing_cover_counts(p);
  std::vector<std::vector<std::size_t>> reached_by(p.demand_weight.size());
  for (const auto j : free_candidates(p))
    for (const auto i : p.covers[j]) reached_by[i].push_back(j);
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < reached_by.size(); ++i)
    if (existing[i] == 0) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return reached_by[a].size() < reached_by[b].size(); });
  std::vector<bool> used(p.covers.size(), false);
  std::size_t packed = 0;
  for (const auto i : order) {
    if (std::any_of(reached_by[i].begin(), reached_by[i].end(), [&](auto j) { return used[j]; })) continue;
    for (const auto j : reached_by[i]) used[j] = true;
    if (++packed > p.new_sites) return true;  // (a point no site reaches counts too)
  }
  return false;
}

}  // namespace

SitingSolution solve_p_center(const SiteCostProblem& problem, const SitingSolver& cover, const ChoiceWorstCost& worst) {
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
  auto covering_at = [&](std::size_t index) {
    return MaximalCoveringProblem{problem.demand_weight, covering_sets_within_cost(problem.cost, radii[index]),
                                  problem.existing, problem.new_sites};
  };
  auto try_radius = [&](std::size_t index, bool& proven_too_small) {
    const auto p = covering_at(index);
    auto s = cover(p);
    any_timeout = any_timeout || s.timed_out;
    solution.method = "radius search+" + s.method;
    proven_too_small = s.bound < everyone || packing_proves_too_small(p);
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
  // The heuristic's covering bounds are weak: search the packing argument alone for the largest
  // radius it proves too small, below the answer.
  for (std::size_t bottom = proven_low, top = high; bottom < top;) {
    const auto middle = bottom + (top - bottom) / 2;
    if (packing_proves_too_small(covering_at(middle))) proven_low = std::max(proven_low, middle + 1), bottom = middle + 1;
    else top = middle;
  }
  solution.new_sites = std::move(*best);
  solution.objective = worst ? worst(solution.new_sites) : worst_cost(problem, solution.new_sites);
  solution.bound = std::min(radii[proven_low], solution.objective);
  solution.proven_optimal = solution.bound >= solution.objective;
  solution.timed_out = any_timeout && !solution.proven_optimal;
  return solution;
}

}  // namespace ruralatlas::analysis
