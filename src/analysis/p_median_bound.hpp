#pragma once
// Lower bound on the p-median optimum from the Lagrangian relaxation of "every demand point
// goes to exactly one site" (Beasley 1993). For multipliers u the relaxed problem splits: a
// site is worth rho_j = sum_i min(0, w_i c_ij - u_i), the existing facilities and the k free
// candidates with the smallest rho are opened, and sum u + sum rho is a valid bound for every
// u. Subgradient steps push it up towards the LP bound; each step's k sites are also a
// feasible answer, the best of which is kept.
#include <vector>

#include "analysis/site_cost_problem.hpp"

namespace ruralatlas::analysis {

struct PMedianBoundResult {
  double bound = 0;                     ///< <= the optimum, existing facilities included
  std::vector<std::size_t> best_sites;  ///< the best relaxation choice seen (site indices)
  double best_sites_objective = 0;      ///< its true total weighted cost (may be infinity)
};

class PMedianLagrangianBound {
 public:
  explicit PMedianLagrangianBound(int max_iterations = 300) : m_max_iterations(max_iterations) {}

  /// `best_known_objective` (a feasible total cost, e.g. the heuristic's) sets the step sizes
  /// and stops the search once the bound reaches it.
  PMedianBoundResult compute(const SiteCostProblem& problem, double best_known_objective) const;

 private:
  int m_max_iterations;
};

}  // namespace ruralatlas::analysis
