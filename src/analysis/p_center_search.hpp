#pragma once
// p-center: open k new sites (keeping the existing facilities) so that the worst cost from a
// demand point to its cheapest open site is smallest. The optimum is one of the costs, so a
// binary search over the sorted distinct costs asks at each radius r whether k sites can
// cover everyone within r — a maximal covering problem, answered by the given solver. With the
// exact solver the search is exact; with the heuristic, radii whose covering bound falls short
// of everyone are still proven too small, so the answer carries a proven lower bound.
#include <functional>
#include <vector>

#include "analysis/efficiency_curve.hpp"
#include "analysis/site_cost_problem.hpp"

namespace ruralatlas::analysis {

/// Validates the problem (see validate()); throws core::Error (InputData) when no k sites reach
/// every demand point. The solution's objective is the worst cost; its bound is the smallest
/// radius not proven too small (at least the largest of every point's cheapest cost).
/// `worst` values a choice of new sites (default: every point to its cheapest open site; with
/// capacities, capacitated_bottleneck), and `cover` must then answer the same kind of covering.
using ChoiceWorstCost = std::function<double(const std::vector<std::size_t>& new_sites)>;
SitingSolution solve_p_center(const SiteCostProblem& problem, const SitingSolver& cover, const ChoiceWorstCost& worst = {});

}  // namespace ruralatlas::analysis
