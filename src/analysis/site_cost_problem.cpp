#include "analysis/site_cost_problem.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/error.hpp"
#include "core/value.hpp"

namespace ruralatlas::analysis {

void validate(const SiteCostProblem& problem) {
  const auto& w = problem.demand_weight;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (!std::isfinite(w[i]) || w[i] <= 0)
      core::throw_input_error("", "demand point " + std::to_string(i) + " has weight " + core::to_text(w[i]) + "; siting needs a positive weight",
                              "drop it from the demand (e.g. with a filter) or fix the value");
  std::vector<bool> served(w.size(), false);
  for (std::size_t j = 0; j < problem.cost.size(); ++j) {
    const auto& row = problem.cost[j];
    if (row.size() != w.size())
      core::throw_input_error("", "site " + std::to_string(j) + " has " + std::to_string(row.size()) + " costs for " +
                                      std::to_string(w.size()) + " demand points");
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (std::isnan(row[i]) || row[i] < 0)
        core::throw_input_error("", "cost from site " + std::to_string(j) + " to demand " + std::to_string(i) + " is " + core::to_text(row[i]));
      if (std::isfinite(row[i])) served[i] = true;
    }
  }
  for (const auto e : problem.existing)
    if (e >= problem.cost.size())
      core::throw_input_error("", "existing facility " + std::to_string(e) + " is not one of the " + std::to_string(problem.cost.size()) + " sites");
  const auto free = free_candidates(problem).size();
  if (problem.new_sites > free)
    core::throw_input_error("", "asked for " + std::to_string(problem.new_sites) + " new sites but only " + std::to_string(free) + " candidates are available",
                            "lower k or relax the candidate constraints");
  if (const auto it = std::find(served.begin(), served.end(), false); it != served.end())
    core::throw_input_error("", "demand point " + std::to_string(it - served.begin()) + " cannot be reached from any site",
                            "add candidates in its part of the road network or leave it out");
}

std::vector<std::size_t> free_candidates(const SiteCostProblem& problem) {
  std::vector<bool> fixed(problem.cost.size(), false);
  for (const auto e : problem.existing)
    if (e < fixed.size()) fixed[e] = true;
  std::vector<std::size_t> result;
  for (std::size_t j = 0; j < fixed.size(); ++j)
    if (!fixed[j]) result.push_back(j);
  return result;
}

std::vector<double> nearest_costs(const SiteCostProblem& problem, const std::vector<std::size_t>& new_sites) {
  std::vector<double> best(problem.demand_weight.size(), std::numeric_limits<double>::infinity());
  auto open = [&](std::size_t j) {
    for (std::size_t i = 0; i < best.size(); ++i) best[i] = std::min(best[i], problem.cost[j][i]);
  };
  for (const auto e : problem.existing) open(e);
  for (const auto j : new_sites) open(j);
  return best;
}

double total_weighted_cost(const SiteCostProblem& problem, const std::vector<std::size_t>& new_sites) {
  const auto best = nearest_costs(problem, new_sites);
  double total = 0;
  for (std::size_t i = 0; i < best.size(); ++i) total += problem.demand_weight[i] * best[i];
  return total;
}

double worst_cost(const SiteCostProblem& problem, const std::vector<std::size_t>& new_sites) {
  const auto best = nearest_costs(problem, new_sites);
  return best.empty() ? 0.0 : *std::max_element(best.begin(), best.end());
}

void throw_unservable(const SiteCostProblem& problem) {
  core::throw_input_error("", "no choice of " + std::to_string(problem.new_sites) +
                                  " new sites reaches every demand point (the sites are in different parts of the road network)",
                          "open more sites, or site each part of the network on its own with --demand-filter");
}

std::vector<std::vector<double>> straight_line_costs(const std::vector<core::Point>& sites,
                                                     const std::vector<core::Point>& demand) {
  std::vector<std::vector<double>> cost(sites.size(), std::vector<double>(demand.size()));
  for (std::size_t j = 0; j < sites.size(); ++j)
    for (std::size_t i = 0; i < demand.size(); ++i)
      cost[j][i] = std::hypot(sites[j].x() - demand[i].x(), sites[j].y() - demand[i].y());
  return cost;
}

}  // namespace ruralatlas::analysis
