#pragma once
// Upper bound on the maximal covering optimum from the Lagrangian relaxation of "a demand
// point counts only if an open site reaches it" (y_i <= sum of x_j over sites reaching i).
// For multipliers lambda >= 0 the relaxed problem splits: each demand point counts
// max(0, w_i - lambda_i), and the k candidates with the largest sum of lambda over what
// they reach are opened. Every lambda gives a valid bound; deflected subgradient steps push it
// down towards the LP-relaxation bound, until it proves the best objective known optimal or
// stops improving. The k candidates each step opens are also a feasible
// answer (a Lagrangian heuristic): the best of them is kept.
#include <functional>
#include <vector>

#include "analysis/maximal_covering_problem.hpp"

namespace ruralatlas::analysis {

struct LagrangianResult {
  double bound = 0;                    ///< >= the optimum, existing facilities included
  std::vector<std::size_t> best_sites; ///< the best relaxation choice seen, improved if asked (candidate indices)
  double best_sites_objective = 0;     ///< its true covered weight
};

class LagrangianBound {
 public:
  /// Improves a choice of new sites in place (e.g. swap local search); returns its covered weight.
  using Improve = std::function<double(std::vector<std::size_t>& sites)>;

  struct Options {
    int max_iterations = 300;
    /// Every this many iterations the best relaxation choice since the last time is improved,
    /// and the search stops once the bound is within `stop_gap` (share of the bound) of the
    /// best improved answer: the last iterations of a subgradient search tighten the bound by
    /// hundredths of a percent at the cost of most of the time.
    Improve improve;
    int improve_every = 20;
    double stop_gap = 0;
  };

  explicit LagrangianBound(int max_iterations = 300) : m_options{max_iterations, {}, 20, 0} {}
  explicit LagrangianBound(Options options) : m_options(std::move(options)) {}

  /// `best_known_objective` (a feasible objective, e.g. the greedy's) sets the step sizes and
  /// stops the search once the bound reaches it or a relaxation choice does.
  LagrangianResult compute(const MaximalCoveringProblem& problem, double best_known_objective) const;

 private:
  Options m_options;
};

}  // namespace ruralatlas::analysis
