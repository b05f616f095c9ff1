#include "analysis/plan_comparison.hpp"

#include <algorithm>

namespace ruralatlas::analysis {

namespace {

/// Appends `rows` to `table` and returns their indices.
template <typename Row>
std::vector<std::size_t> append_rows(std::vector<Row>& table, std::vector<Row> rows) {
  std::vector<std::size_t> indices;
  for (auto& row : rows) indices.push_back(table.size()), table.push_back(std::move(row));
  return indices;
}

}  // namespace

PlanComparison compare_plan(MaximalCoveringProblem problem, std::vector<std::vector<std::size_t>> plan_covers,
                            const SitingSolver& solve, const PlanCoveringValue& value) {
  PlanComparison result;
  result.planned_sites = plan_covers.size();
  const auto planned = append_rows(problem.covers, std::move(plan_covers));
  result.plan_objective = value ? value(problem, planned) : covered_weight(problem, planned);
  problem.covers.resize(problem.covers.size() - planned.size());
  problem.new_sites = std::min(planned.size(), free_candidates(problem).size());
  result.best = solve(problem);
  return result;
}

PlanComparison compare_plan(SiteCostProblem problem, std::vector<std::vector<double>> plan_costs, bool median,
                            const SiteCostSolver& solve, const PlanCostValue& value) {
  PlanComparison result;
  result.planned_sites = plan_costs.size();
  const auto planned = append_rows(problem.cost, std::move(plan_costs));
  result.plan_objective = value                  ? value(problem, planned)
                          : median               ? total_weighted_cost(problem, planned)
                                                 : worst_cost(problem, planned);
  problem.cost.resize(problem.cost.size() - planned.size());
  problem.new_sites = std::min(planned.size(), free_candidates(problem).size());
  result.best = solve(problem);
  return result;
}

}  // namespace ruralatlas::analysis
