#pragma once
// Exact maximal covering through GLPK's branch and cut (Debian libglpk-dev, linked privately):
//   max sum w_i y_i  s.t.  y_i <= sum_{j reaches i} x_j,  sum x_j <= k,  x binary, 0 <= y <= 1,
// over the demand the existing facilities miss. Warm-started with the greedy+swap answer; on
// the time limit it returns the best found with the best proven bound and their gap.
#include "analysis/maximal_covering_problem.hpp"
#include "analysis/siting_solution.hpp"

namespace ruralatlas::analysis {

class ExactMipSolver {
 public:
  /// With `accept_closed_heuristic_gap`, a heuristic answer whose Lagrangian bound already
  /// equals it is returned without branching (tests and benchmarks turn this off).
  explicit ExactMipSolver(double time_limit_s = 60, bool accept_closed_heuristic_gap = true)
      : m_time_limit_s(time_limit_s), m_accept_closed_heuristic_gap(accept_closed_heuristic_gap) {}

  /// Validates the problem (see validate()) and solves it.
  SitingSolution solve(const MaximalCoveringProblem& problem) const;

 private:
  double m_time_limit_s;
  bool m_accept_closed_heuristic_gap;
};

}  // namespace ruralatlas::analysis
