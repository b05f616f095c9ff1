#pragma once
// Fast p-median heuristic: greedy (open the candidate that saves the most weighted cost), then
// Teitz-Bart vertex substitution (swap an open site for a closed one while the total falls),
// restarted from the Lagrangian relaxation's own choice. The answer carries the Lagrangian
// lower bound, so its gap to the optimum is known.
#include "analysis/site_cost_problem.hpp"
#include "analysis/siting_solution.hpp"

namespace ruralatlas::analysis {

class PMedianHeuristic {
 public:
  struct Options {
    int max_swaps = 10000;
    int bound_iterations = 300;
  };

  PMedianHeuristic() : PMedianHeuristic(Options{}) {}
  explicit PMedianHeuristic(Options options) : m_options(options) {}

  /// Validates the problem (see validate()) and solves it; throws core::Error (InputData) when
  /// the answer leaves demand unserved (sites in other parts of the road network).
  SitingSolution solve(const SiteCostProblem& problem) const;

  /// As solve(), but an answer leaving demand unserved comes back with objective infinity.
  SitingSolution search(const SiteCostProblem& problem) const;

 private:
  Options m_options;
};

}  // namespace ruralatlas::analysis
