#pragma once
// Exact p-median through GLPK's branch and cut, in savings form over the existing facilities:
//   min sum_i w_i e_i + sum_ij w_i (c_ij - e_i) x_ij
//   s.t. sum_j x_ij <= 1 (= 1 where no existing facility serves i),  x_ij <= y_j,
//        sum y_j <= k,  y binary,  x >= 0,
// with e_i the cost to i's cheapest existing facility and x_ij only where candidate j is
// cheaper. Warm-started with the heuristic; on the time limit it returns the best found with
// the best proven bound and their gap. Meant for county-size instances (one column per pair).
#include "analysis/site_cost_problem.hpp"
#include "analysis/siting_solution.hpp"

namespace ruralatlas::analysis {

class PMedianExactSolver {
 public:
  /// With `accept_closed_heuristic_gap`, a heuristic answer whose Lagrangian bound already
  /// equals it is returned without branching (tests turn this off).
  explicit PMedianExactSolver(double time_limit_s = 60, bool accept_closed_heuristic_gap = true)
      : m_time_limit_s(time_limit_s), m_accept_closed_heuristic_gap(accept_closed_heuristic_gap) {}

  /// Validates the problem (see validate()) and solves it; throws core::Error (InputData) when
  /// no choice of k sites serves every demand point.
  SitingSolution solve(const SiteCostProblem& problem) const;

 private:
  double m_time_limit_s;
  bool m_accept_closed_heuristic_gap;
};

}  // namespace ruralatlas::analysis
