#pragma once
// Fast maximal covering heuristic for any size: greedy (open the candidate adding the most
// uncovered weight), then swap local search (replace an open site by a closed one while that
// covers more). Gains are kept current per candidate as coverage changes. The answer carries a
// Lagrangian bound, so its gap to the optimum is known.
#include "analysis/maximal_covering_problem.hpp"
#include "analysis/siting_solution.hpp"

namespace ruralatlas::analysis {

class GreedySwapHeuristic {
 public:
  struct Options {
    int max_swap_passes = 50;
    int bound_iterations = 300;
  };

  GreedySwapHeuristic() : GreedySwapHeuristic(Options{}) {}
  explicit GreedySwapHeuristic(Options options) : m_options(options) {}

  /// Validates the problem (see validate()) and solves it.
  SitingSolution solve(const MaximalCoveringProblem& problem) const;

 private:
  Options m_options;
};

}  // namespace ruralatlas::analysis
