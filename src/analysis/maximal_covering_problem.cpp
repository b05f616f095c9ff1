#include "analysis/maximal_covering_problem.hpp"

#include <cmath>

#include "core/error.hpp"
#include "core/value.hpp"

namespace ruralatlas::analysis {

void validate(const MaximalCoveringProblem& problem) {
  const auto& w = problem.demand_weight;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (!std::isfinite(w[i]) || w[i] <= 0)
      core::throw_input_error("", "demand point " + std::to_string(i) + " has weight " + core::to_text(w[i]) + "; siting needs a positive weight",
                              "drop it from the demand (e.g. with a filter) or fix the value");
  for (const auto& list : problem.covers)
    for (const auto i : list)
      if (i >= w.size()) core::throw_input_error("", "covering list names demand " + std::to_string(i) + " of " + std::to_string(w.size()));
  for (const auto e : problem.existing)
    if (e >= problem.covers.size())
      core::throw_input_error("", "existing facility " + std::to_string(e) + " is not one of the " + std::to_string(problem.covers.size()) + " candidates");
  const auto free = free_candidates(problem).size();
  if (problem.new_sites > free)
    core::throw_input_error("", "asked for " + std::to_string(problem.new_sites) + " new sites but only " + std::to_string(free) + " candidates are available",
                            "lower k or relax the candidate constraints");
}

std::vector<std::size_t> free_candidates(const MaximalCoveringProblem& problem) {
  std::vector<bool> fixed(problem.covers.size(), false);
  for (const auto e : problem.existing)
    if (e < fixed.size()) fixed[e] = true;
  std::vector<std::size_t> result;
  for (std::size_t j = 0; j < fixed.size(); ++j)
    if (!fixed[j]) result.push_back(j);
  return result;
}

std::vector<int> existing_cover_counts(const MaximalCoveringProblem& problem) {
  std::vector<int> count(problem.demand_weight.size(), 0);
  for (const auto e : problem.existing)
    for (const auto i : problem.covers[e]) ++count[i];
  return count;
}

double covered_weight(const MaximalCoveringProblem& problem, const std::vector<std::size_t>& new_sites) {
  auto count = existing_cover_counts(problem);
  for (const auto j : new_sites)
    for (const auto i : problem.covers[j]) ++count[i];
  double total = 0;
  for (std::size_t i = 0; i < count.size(); ++i)
    if (count[i] > 0) total += problem.demand_weight[i];
  return total;
}

}  // namespace ruralatlas::analysis
