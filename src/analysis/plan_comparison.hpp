#pragma once
// Scenario comparison: what a planned list of sites achieves (on top of the existing
// facilities) against the best as many new sites, in the same objective, so a planner sees
// how far the plan is from the best it could be.
#include <cstddef>
#include <functional>
#include <vector>

#include "analysis/efficiency_curve.hpp"
#include "analysis/site_cost_problem.hpp"
#include "analysis/siting_solution.hpp"

namespace ruralatlas::analysis {

struct PlanComparison {
  std::size_t planned_sites = 0;
  /// The plan's objective in the solver's terms: covered weight; weight × cost summed
  /// (p-median); the worst cost (p-center). Infinity when the plan leaves demand unreached.
  double plan_objective = 0;
  SitingSolution best;  ///< as many new sites as planned (or as there are free candidates)
};

/// The plan's objective in `with_plan` (the problem with the planned sites appended as
/// candidates `planned`); the defaults count without capacities, a capacitated run assigns.
using PlanCoveringValue = std::function<double(const MaximalCoveringProblem& with_plan, const std::vector<std::size_t>& planned)>;
using PlanCostValue = std::function<double(const SiteCostProblem& with_plan, const std::vector<std::size_t>& planned)>;

/// `plan_covers`: per planned site, the demand it reaches within the problem's threshold.
PlanComparison compare_plan(MaximalCoveringProblem problem, std::vector<std::vector<std::size_t>> plan_covers,
                            const SitingSolver& solve, const PlanCoveringValue& value = {});

using SiteCostSolver = std::function<SitingSolution(const SiteCostProblem&)>;

/// `plan_costs`: per planned site, its cost to every demand point; `median` picks the p-median
/// objective, else the p-center one.
PlanComparison compare_plan(SiteCostProblem problem, std::vector<std::vector<double>> plan_costs, bool median,
                            const SiteCostSolver& solve, const PlanCostValue& value = {});

}  // namespace ruralatlas::analysis
