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
    /// Stop tightening the bound once the answer is proven within this share of the optimum
    /// (0: until the bound stalls or meets the answer). The last hundredths of a percent cost
    /// the subgradient search as many iterations as everything before them: on the 2,000 x 500
    /// bench instance 0.1% takes 0.9 of the time, 1% half; a k = 20 case proven optimal in
    /// 2.4 ms is proven within 0.06% in 0.9 ms.
    double stop_gap = 0.001;
  };

  GreedySwapHeuristic() : GreedySwapHeuristic(Options{}) {}
  explicit GreedySwapHeuristic(Options options) : m_options(options) {}

  /// Validates the problem (see validate()) and solves it.
  SitingSolution solve(const MaximalCoveringProblem& problem) const;

 private:
  Options m_options;
};

}  // namespace ruralatlas::analysis
