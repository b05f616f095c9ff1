#include "analysis/capacitated_problem.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "core/error.hpp"
#include "core/value.hpp"

namespace ruralatlas::analysis {

CapacitatedProblem capacitated_covering(const MaximalCoveringProblem& problem, std::vector<double> capacity,
                                        std::vector<double> demand_load) {
  constexpr double kOutOfReach = std::numeric_limits<double>::infinity();
  CapacitatedProblem result{problem.demand_weight, {}, std::move(capacity), problem.existing, problem.new_sites, false,
                            std::move(demand_load)};
  result.cost.assign(problem.covers.size(), std::vector<double>(problem.demand_weight.size(), kOutOfReach));
  for (std::size_t j = 0; j < problem.covers.size(); ++j)
    for (const auto i : problem.covers[j]) result.cost[j][i] = 0;
  return result;
}

CapacitatedProblem capacitated_median(const SiteCostProblem& problem, std::vector<double> capacity,
                                      std::vector<double> demand_load) {
  return {problem.demand_weight, problem.cost, std::move(capacity), problem.existing, problem.new_sites, true,
          std::move(demand_load)};
}

double demand_load(const CapacitatedProblem& problem, std::size_t i) {
  return problem.demand_load.empty() ? problem.demand_weight[i] : problem.demand_load[i];
}

double total_load(const CapacitatedProblem& problem) {
  double total = 0;
  for (std::size_t i = 0; i < problem.demand_weight.size(); ++i) total += demand_load(problem, i);
  return total;
}

void validate(const CapacitatedProblem& problem) {
  if (problem.minimise_cost) {  // every demand point must be reachable
    validate(SiteCostProblem{problem.demand_weight, problem.cost, problem.existing, problem.new_sites});
  } else {  // maximal covering: demand beyond every site's threshold is simply not covered
    MaximalCoveringProblem covering{problem.demand_weight, std::vector<std::vector<std::size_t>>(problem.cost.size()),
                                    problem.existing, problem.new_sites};
    validate(covering);
  }
  if (problem.capacity.size() != problem.cost.size())
    core::throw_input_error("", std::to_string(problem.capacity.size()) + " capacities for " + std::to_string(problem.cost.size()) +
                                    " sites");
  for (std::size_t j = 0; j < problem.capacity.size(); ++j)
    if (std::isnan(problem.capacity[j]) || problem.capacity[j] < 0)
      core::throw_input_error("", "site " + std::to_string(j) + " has capacity " + core::to_text(problem.capacity[j]),
                              "give every site a capacity of 0 or more");
  const auto& load = problem.demand_load;
  if (!load.empty() && load.size() != problem.demand_weight.size())
    core::throw_input_error("", std::to_string(load.size()) + " loads for " + std::to_string(problem.demand_weight.size()) +
                                    " demand points");
  for (std::size_t i = 0; i < load.size(); ++i)
    if (!std::isfinite(load[i]) || load[i] < 0)
      core::throw_input_error("", "demand point " + std::to_string(i) + " has load " + core::to_text(load[i]),
                              "give every demand point a load of 0 or more");
}

std::vector<std::size_t> free_candidates(const CapacitatedProblem& problem) {
  return free_candidates(SiteCostProblem{{}, problem.cost, problem.existing, problem.new_sites});
}

double largest_capacity(const CapacitatedProblem& problem) {
  double held = 0;
  for (const auto e : problem.existing) held += problem.capacity[e];
  std::vector<double> free_capacity;
  for (const auto j : free_candidates(problem)) free_capacity.push_back(problem.capacity[j]);
  const auto k = std::min(problem.new_sites, free_capacity.size());
  std::partial_sort(free_capacity.begin(), free_capacity.begin() + static_cast<long>(k), free_capacity.end(), std::greater<>());
  for (std::size_t t = 0; t < k; ++t) held += free_capacity[t];
  return held;
}

}  // namespace ruralatlas::analysis
